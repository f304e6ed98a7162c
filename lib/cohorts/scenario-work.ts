import type { Database } from "@/lib/db/client";
import type { DenialOutcome } from "@/lib/claims/grade";
import { denialGradeFromStored } from "@/lib/claims/stored-grade";
import { workdayScore, type WorkAttempt, type WorkdaySummary } from "@/lib/cohorts/gradebook";

/**
 * Reads of the learners' denial and workday work, as the gradebook counts it. These query the denials' and the
 * workday's own tables (graded denial attempts; finished workday runs) and never change them.
 */

export type KeyedAttempt = { userId: string; ref: string; attempt: WorkAttempt };

/** Graded denial work on the given scenarios since `since`: each graded attempt is a finished piece of work with its score. */
export async function denialWorkFor(db: Database, userIds: string[], scenarioIds: string[], since: Date): Promise<KeyedAttempt[]> {
  if (!userIds.length || !scenarioIds.length) return [];
  const rows = await db.denialAttempt.findMany({
    where: { userId: { in: userIds }, scenarioId: { in: scenarioIds }, createdAt: { gte: since } },
    select: { id: true, userId: true, scenarioId: true, score: true, createdAt: true },
  });
  return rows.map((row) => ({
    userId: row.userId,
    ref: row.scenarioId,
    attempt: { id: row.id, score: row.score, createdAt: row.createdAt, durationSeconds: null, passed: true },
  }));
}

const secondsBetween = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/**
 * Finished days of the given workday scenarios started since `since`: handed in when the day ended, scored by its
 * report's audit accuracy, timed from start to log-off. Days in progress or abandoned do not count.
 */
export async function workdayWorkFor(db: Database, userIds: string[], scenarioIds: string[], since: Date): Promise<KeyedAttempt[]> {
  if (!userIds.length || !scenarioIds.length) return [];
  const rows = await db.workdayRun.findMany({
    where: { userId: { in: userIds }, scenarioId: { in: scenarioIds }, status: "ENDED", endedAt: { not: null }, startedAt: { gte: since } },
    select: { id: true, userId: true, scenarioId: true, summary: true, startedAt: true, endedAt: true },
  });
  return rows.map((row) => ({
    userId: row.userId,
    ref: row.scenarioId,
    attempt: {
      id: row.id,
      score: workdayScore(row.summary as WorkdaySummary | null),
      createdAt: row.endedAt!,
      startedAt: row.startedAt,
      durationSeconds: secondsBetween(row.startedAt, row.endedAt!),
      passed: true,
    },
  }));
}

export type DenialWorkSummary = {
  id: string;
  scenarioId: string;
  resolution: string;
  outcome: DenialOutcome;
  rootCauseCorrect: boolean;
  resolutionCorrect: boolean;
  recoveredCents: number;
  score: number;
  createdAt: Date;
};

/** One learner's graded denial work on the given scenarios since `since`, newest first: the outcome and score, read-only. */
export async function listDenialWork(db: Database, userId: string, scenarioIds: string[], since: Date): Promise<DenialWorkSummary[]> {
  if (!scenarioIds.length) return [];
  const rows = await db.denialAttempt.findMany({
    where: { userId, scenarioId: { in: scenarioIds }, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      scenarioId: true,
      resolution: true,
      grade: true,
      rootCauseCorrect: true,
      resolutionCorrect: true,
      recoveredCents: true,
      score: true,
      createdAt: true,
    },
  });
  return rows.map(({ grade, ...row }) => ({ ...row, outcome: denialGradeFromStored(grade, row).outcome }));
}

export type WorkdayRunSummary = {
  id: string;
  scenarioId: string;
  score: number;
  summary: WorkdaySummary | null;
  startedAt: Date;
  endedAt: Date;
  seconds: number;
};

/** One learner's finished days of the given scenarios started since `since`, newest first, with the report's headline figures. */
export async function listWorkdayRuns(db: Database, userId: string, scenarioIds: string[], since: Date): Promise<WorkdayRunSummary[]> {
  if (!scenarioIds.length) return [];
  const rows = await db.workdayRun.findMany({
    where: { userId, scenarioId: { in: scenarioIds }, status: "ENDED", endedAt: { not: null }, startedAt: { gte: since } },
    orderBy: { endedAt: "desc" },
    select: { id: true, scenarioId: true, summary: true, startedAt: true, endedAt: true },
  });
  return rows.map((row) => {
    const summary = (row.summary as WorkdaySummary | null) ?? null;
    return {
      id: row.id,
      scenarioId: row.scenarioId,
      score: workdayScore(summary),
      summary,
      startedAt: row.startedAt,
      endedAt: row.endedAt!,
      seconds: secondsBetween(row.startedAt, row.endedAt!),
    };
  });
}
