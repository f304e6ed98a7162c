import type { LearnerMastery } from "@/lib/certification/readiness";
import { familyCredits, summariseFamilies, type FamilyCredit } from "@/lib/coding/code-family";
import { gradeCase } from "@/lib/coding/grade-coding";
import type { CodingGrade, CodingSubmission } from "@/lib/coding/types";
import { findCase } from "@/lib/practice/case-catalog";
import type { ChartCase } from "@/lib/content/schemas";
import { LruCache } from "@/lib/cache/lru-cache";
import { getGuide } from "@/lib/content/get-guide";
import type { Guide } from "@/lib/content/load-guide";
import type { Database } from "@/lib/db/client";
import { getDenialStats, type DenialStats } from "@/lib/denials/stats";

function isGrade(value: unknown): value is CodingGrade {
  return typeof value === "object" && value !== null && Array.isArray((value as { verdicts?: unknown }).verdicts);
}

function isSubmission(value: unknown): value is CodingSubmission {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { diagnoses?: unknown }).diagnoses) &&
    Array.isArray((value as { procedures?: unknown }).procedures)
  );
}

/**
 * The grade an attempt's answer earns under the case's current key, so a line a later key version accepts
 * (an optional code, an alternate) stops counting as a weakness. The stored grade when the case is gone.
 */
function currentGrade(attempt: { caseId: string; answer: unknown; grade: unknown }): CodingGrade | null {
  const chartCase = findCase(attempt.caseId);
  if (chartCase && isSubmission(attempt.answer)) return gradeCase(chartCase, attempt.answer);
  return isGrade(attempt.grade) ? attempt.grade : null;
}

/**
 * The learner's newest attempt at each case, chosen by the database (Prisma's `distinct` reads every attempt and
 * drops the older ones in memory: 17 ms for a learner with 400 attempts, against 2 ms here, where the order matches
 * the (userId, caseId, createdAt) index read backwards). Ids only: the answers are read for attempts not yet graded.
 */
function latestAttemptPerCase(db: Database, userId: string) {
  return db.$queryRaw<Array<{ id: string; caseId: string }>>`
    SELECT DISTINCT ON ("caseId") "id", "caseId"
    FROM "CodingAttempt"
    WHERE "userId" = ${userId}
    ORDER BY "caseId" DESC, "createdAt" DESC, "id" DESC`;
}

/**
 * An attempt's family credits under its case's current key, by attempt id. An attempt is never changed and a case's
 * key only with a new process, so each is graded once per process rather than on every view of every page that
 * shows mastery (regrading a learner's 49 latest attempts took 6 ms a view). The case is kept with the credits so a
 * swapped catalog (tests) grades afresh. 16,384 attempts is a few MB: every case for a few hundred learners.
 */
const creditsByAttempt = new LruCache<string, { chartCase: ChartCase | undefined; credits: FamilyCredit[] }>(16_384);

async function creditsOf(db: Database, latest: Array<{ id: string; caseId: string }>): Promise<FamilyCredit[]> {
  const credits = new Map<string, FamilyCredit[]>();
  for (const attempt of latest) {
    const entry = creditsByAttempt.get(attempt.id);
    if (entry && entry.chartCase === findCase(attempt.caseId)) credits.set(attempt.id, entry.credits);
  }
  const missing = latest.filter((attempt) => !credits.has(attempt.id)).map((attempt) => attempt.id);
  if (missing.length) {
    const rows = await db.codingAttempt.findMany({ where: { id: { in: missing } }, select: { id: true, caseId: true, answer: true, grade: true } });
    for (const row of rows) {
      const grade = currentGrade(row);
      const rowCredits = grade ? familyCredits(grade) : [];
      credits.set(row.id, rowCredits);
      creditsByAttempt.set(row.id, { chartCase: findCase(row.caseId), credits: rowCredits });
    }
  }
  return latest.flatMap((attempt) => credits.get(attempt.id) ?? []);
}

/**
 * What one learner has shown: code-family accuracy from their latest graded attempt on each case (so a case
 * coded again counts at its newest grade, not twice), and lessons completed in each guide module.
 */
export async function getLearnerMastery(
  db: Database,
  userId: string,
  /** The guide whose modules are counted, and the learner's denial stats when the caller reads them anyway. */
  { guide = getGuide(), denialStats = getDenialStats(db, userId) }: { guide?: Pick<Guide, "modules">; denialStats?: Promise<DenialStats> } = {},
): Promise<LearnerMastery> {
  const [attempts, lessons, denials] = await Promise.all([
    latestAttemptPerCase(db, userId),
    db.lessonProgress.findMany({ where: { userId, completedAt: { not: null } }, select: { moduleSlug: true, lessonSlug: true } }),
    denialStats,
  ]);

  const credits = await creditsOf(db, attempts);
  const completed = new Set(lessons.map((row) => `${row.moduleSlug}/${row.lessonSlug}`));
  const modules = guide.modules.map((guideModule) => ({
    slug: guideModule.slug,
    title: guideModule.title,
    lessonsTotal: guideModule.lessons.length,
    lessonsCompleted: guideModule.lessons.filter((lesson) => completed.has(`${guideModule.slug}/${lesson.slug}`)).length,
  }));
  return {
    families: summariseFamilies(credits),
    modules,
    casesAttempted: attempts.length,
    denials: { claimsWorked: denials.claimsWorked, earned: denials.earned },
  };
}
