import type { Database } from "@/lib/db/client";

// What /progress charts from a learner's coding attempts, summed by the database: a page view reads a few dozen rows
// however many attempts the learner has made (reading every attempt and summing in JavaScript cost a view 6 ms at
// 700 attempts). Days are UTC calendar days (YYYY-MM-DD), as stored, so the figures do not shift with the server's
// time zone; a learner on the US west coast working late may see an evening count as tomorrow.

export type DailyAccuracy = { day: string; averageScore: number; attempts: number };

export type CaseTiming = { caseId: string; attempts: number; firstSeconds: number; latestSeconds: number; medianSeconds: number; bestScore: number };

export type RecentAttempt = { id: string; caseId: string; score: number; durationSeconds: number; createdAt: Date };

export type AttemptActivity = {
  attempts: number;
  /** The mean score of every attempt, rounded; null before the first. */
  averageScore: number | null;
  /** The average score of each day's attempts, oldest day first: the accuracy-over-time chart. */
  daily: DailyAccuracy[];
  /** First, latest and median time per case and the best score, most recently worked case first. */
  timing: CaseTiming[];
  /** UTC days with a coding attempt or a knowledge check, for the streak. */
  activeDays: string[];
  /** The newest attempts, newest first. */
  recent: RecentAttempt[];
};

type Row = {
  attempts: number;
  averageScore: number | null;
  daily: DailyAccuracy[] | null;
  timing: CaseTiming[] | null;
  activeDays: string[] | null;
  recent: Array<Omit<RecentAttempt, "createdAt"> & { createdAt: string }> | null;
};

/**
 * One statement, so one round trip to the embedded database. Scores and times are rounded half up, as Math.round
 * does (PostgreSQL rounds numeric half away from zero, the same for these non-negative values); a median of an
 * even count is the mean of the middle two.
 */
export async function getAttemptActivity(db: Database, userId: string, recentLimit: number): Promise<AttemptActivity> {
  const [row] = await db.$queryRaw<Row[]>`
    WITH mine AS (
      SELECT "id", "caseId", "score", "durationSeconds", "createdAt", ("createdAt")::date AS "day"
      FROM "CodingAttempt" WHERE "userId" = ${userId}
    )
    SELECT
      (SELECT count(*)::int FROM mine) AS "attempts",
      (SELECT round(avg("score"))::int FROM mine) AS "averageScore",
      (SELECT json_agg(d ORDER BY d."day") FROM (
        SELECT to_char("day", 'YYYY-MM-DD') AS "day", round(avg("score"))::int AS "averageScore", count(*)::int AS "attempts"
        FROM mine GROUP BY "day"
      ) d) AS "daily",
      (SELECT json_agg(t ORDER BY t."lastWorked" DESC, t."caseId") FROM (
        SELECT "caseId",
          count(*)::int AS "attempts",
          (array_agg("durationSeconds" ORDER BY "createdAt", "id"))[1] AS "firstSeconds",
          (array_agg("durationSeconds" ORDER BY "createdAt" DESC, "id" DESC))[1] AS "latestSeconds",
          round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "durationSeconds"))::numeric)::int AS "medianSeconds",
          max("score") AS "bestScore",
          max("createdAt") AS "lastWorked"
        FROM mine GROUP BY "caseId"
      ) t) AS "timing",
      (SELECT json_agg(to_char(a."day", 'YYYY-MM-DD') ORDER BY a."day") FROM (
        SELECT "day" FROM mine
        UNION
        SELECT ("createdAt")::date FROM "QuizAttempt" WHERE "userId" = ${userId}
      ) a) AS "activeDays",
      (SELECT json_agg(r ORDER BY r."createdAt" DESC, r."id" DESC) FROM (
        SELECT "id", "caseId", "score", "durationSeconds", "createdAt" FROM mine ORDER BY "createdAt" DESC, "id" DESC LIMIT ${recentLimit}
      ) r) AS "recent"`;
  return {
    attempts: row!.attempts,
    averageScore: row!.averageScore,
    daily: row!.daily ?? [],
    timing: (row!.timing ?? []).map(({ caseId, attempts, firstSeconds, latestSeconds, medianSeconds, bestScore }) => ({
      caseId,
      attempts,
      firstSeconds,
      latestSeconds,
      medianSeconds,
      bestScore,
    })),
    activeDays: row!.activeDays ?? [],
    // json_agg writes timestamps without a zone; they are stored as UTC.
    recent: (row!.recent ?? []).map((attempt) => ({ ...attempt, createdAt: new Date(`${attempt.createdAt}Z`) })),
  };
}
