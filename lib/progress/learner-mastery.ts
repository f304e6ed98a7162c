import { z } from "zod";
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

const MasteryRowsSchema = z.object({
  attempts: z.array(z.object({ id: z.string(), caseId: z.string() })),
  lessons: z.array(z.object({ moduleSlug: z.string(), lessonSlug: z.string() })),
  denialClaims: z.number().int().min(0),
  denialPoints: z.number().int().min(0),
});
type MasteryRows = z.infer<typeof MasteryRowsSchema>;

/**
 * Everything mastery reads, in one statement (mastery is on most learner pages, and each statement costs about
 * 0.6 ms of CPU through Prisma on top of the database's own work): the newest attempt at each case, chosen by the
 * database in the (userId, caseId, createdAt) index's order (ids only: answers are read for attempts not yet
 * graded), the lessons completed, and the newest work on each denial scenario, counted and its scores summed.
 */
async function readMasteryRows(db: Database, userId: string): Promise<MasteryRows> {
  const [row] = await db.$queryRaw<unknown[]>`
    WITH latest AS (
      SELECT DISTINCT ON ("caseId") "id", "caseId"
      FROM "CodingAttempt"
      WHERE "userId" = ${userId}
      ORDER BY "caseId" DESC, "createdAt" DESC, "id" DESC
    ), denials AS (
      SELECT DISTINCT ON ("scenarioId") "score"
      FROM "DenialAttempt"
      WHERE "userId" = ${userId}
      ORDER BY "scenarioId", "createdAt" DESC, "id" DESC
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', "id", 'caseId', "caseId") ORDER BY "caseId" DESC), '[]'::json) FROM latest) AS "attempts",
      (SELECT coalesce(json_agg(json_build_object('moduleSlug', "moduleSlug", 'lessonSlug', "lessonSlug")), '[]'::json)
        FROM "LessonProgress" WHERE "userId" = ${userId} AND "completedAt" IS NOT NULL) AS "lessons",
      (SELECT count(*)::int FROM denials) AS "denialClaims",
      (SELECT coalesce(sum("score"), 0)::int FROM denials) AS "denialPoints"`;
  return MasteryRowsSchema.parse(row);
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
  /** The guide whose modules are counted. */
  { guide = getGuide() }: { guide?: Pick<Guide, "modules"> } = {},
): Promise<LearnerMastery> {
  const { attempts, lessons, denialClaims, denialPoints } = await readMasteryRows(db, userId);
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
    // The same measure as the denial stats: each scenario's newest score, as a share of one claim.
    denials: { claimsWorked: denialClaims, earned: denialPoints / 100 },
  };
}
