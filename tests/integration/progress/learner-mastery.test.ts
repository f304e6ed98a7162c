import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessReadiness } from "@/lib/certification/readiness";
import { getCredentials } from "@/lib/certification/load-credentials";
import { gradeCoding } from "@/lib/coding/grade-coding";
import type { CodingSubmission } from "@/lib/coding/types";
import { getGuide } from "@/lib/content/get-guide";
import { loadCases } from "@/lib/content/load-cases";
import type { ChartCase } from "@/lib/content/schemas";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const cases = loadCases();
const surgeryCase = cases.find((candidate) =>
  candidate.key.procedures.some((procedure) => procedure.system === "cpt" && Number(procedure.code) >= 10004 && Number(procedure.code) <= 69990),
)!;
const otherCase = cases.find((candidate) => candidate.id !== surgeryCase.id)!;
const empty: CodingSubmission = { diagnoses: [], procedures: [] };

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `mastery${++counter}@example.org` }, select: { id: true } });

async function attempt(userId: string, chartCase: ChartCase, submission: CodingSubmission, createdAt: Date) {
  const grade = gradeCoding(chartCase.key, submission);
  await database.db.codingAttempt.create({
    data: {
      userId,
      caseId: chartCase.id,
      caseVersion: chartCase.version,
      idempotencyKey: `k${++counter}`,
      answer: submission as object,
      grade: grade as object,
      score: grade.score,
      durationSeconds: 300,
      createdAt,
    },
  });
}

const accuracyOf = (mastery: Awaited<ReturnType<typeof getLearnerMastery>>, key: string) => mastery.families.find((family) => family.family.key === key);

describe("getLearnerMastery", () => {
  it("is empty for a new learner, with every guide module at zero", async () => {
    const user = await newUser();
    const mastery = await getLearnerMastery(database.db, user.id);
    expect(mastery.families).toEqual([]);
    expect(mastery.casesAttempted).toBe(0);
    expect(mastery.modules.map((module) => module.slug)).toEqual(getGuide().modules.map((module) => module.slug));
    expect(mastery.modules.every((module) => module.lessonsCompleted === 0 && module.lessonsTotal > 0)).toBe(true);
    const readiness = assessReadiness(getCredentials().byCode.get("cpc")!, mastery, { passingScore: 70 });
    expect(readiness).toMatchObject({ score: 0, band: "not-started" });
  });

  it("counts only the latest attempt on each case, so improvement shows", async () => {
    const user = await newUser();
    await attempt(user.id, surgeryCase, empty, new Date("2026-01-01T10:00:00Z"));
    const before = await getLearnerMastery(database.db, user.id);
    expect(accuracyOf(before, "cpt-surgery")!.accuracy).toBe(0);

    await attempt(user.id, surgeryCase, submissionFromKey(surgeryCase.key), new Date("2026-01-02T10:00:00Z"));
    const after = await getLearnerMastery(database.db, user.id);
    expect(after.casesAttempted).toBe(1);
    expect(accuracyOf(after, "cpt-surgery")).toMatchObject({ accuracy: 1, possible: accuracyOf(before, "cpt-surgery")!.possible });
    expect(after.families.every((family) => family.accuracy === 1)).toBe(true);
    // A second view grades nothing again (the credits are kept by attempt) and shows the same.
    expect(await getLearnerMastery(database.db, user.id)).toEqual(after);
  });

  it("never counts another learner's attempts or lessons", async () => {
    const learnerA = await newUser();
    const learnerB = await newUser();
    await attempt(learnerB.id, surgeryCase, submissionFromKey(surgeryCase.key), new Date());
    await attempt(learnerB.id, otherCase, submissionFromKey(otherCase.key), new Date());
    const guideModule = getGuide().modules[1]!;
    await database.db.lessonProgress.create({
      data: { userId: learnerB.id, moduleSlug: guideModule.slug, lessonSlug: guideModule.lessons[0]!.slug, completedAt: new Date() },
    });

    const masteryA = await getLearnerMastery(database.db, learnerA.id);
    expect(masteryA.families).toEqual([]);
    expect(masteryA.casesAttempted).toBe(0);
    expect(masteryA.modules.every((module) => module.lessonsCompleted === 0)).toBe(true);

    const masteryB = await getLearnerMastery(database.db, learnerB.id);
    expect(masteryB.casesAttempted).toBe(2);
    expect(masteryB.modules.find((module) => module.slug === guideModule.slug)!.lessonsCompleted).toBe(1);
  });

  it("counts completed lessons only, by module", async () => {
    const user = await newUser();
    const guideModule = getGuide().modules[0]!;
    const [first, second] = guideModule.lessons;
    await database.db.lessonProgress.create({ data: { userId: user.id, moduleSlug: guideModule.slug, lessonSlug: first!.slug, completedAt: new Date() } });
    await database.db.lessonProgress.create({ data: { userId: user.id, moduleSlug: guideModule.slug, lessonSlug: second!.slug } });
    const mastery = await getLearnerMastery(database.db, user.id);
    expect(mastery.modules[0]).toMatchObject({ slug: guideModule.slug, lessonsCompleted: 1, lessonsTotal: guideModule.lessons.length });
  });

  it("feeds readiness: a perfect CPC-relevant case moves the CPC score above zero, but one chart is not enough evidence", async () => {
    const user = await newUser();
    await attempt(user.id, surgeryCase, submissionFromKey(surgeryCase.key), new Date());
    const readiness = assessReadiness(getCredentials().byCode.get("cpc")!, await getLearnerMastery(database.db, user.id), { passingScore: 70 });
    expect(readiness.score).toBeGreaterThan(0);
    expect(readiness.band).toBe("too-early");
    expect(readiness.evidence).toMatchObject({ enough: false, charts: { coded: 1, needed: 10 } });
    expect(readiness.skills.find((skill) => skill.id === "procedures")!.evidence).toMatch(/coded in .*CPT Surgery.*100% right/);
  });

  it("grades the latest answer against the current key: a line a later version made optional is no weakness", async () => {
    const user = await newUser();
    const screening = cases.find((candidate) => candidate.id === "rad-screening-mammogram")!;
    // Coded without the family-history line, which the first version of the key required: that grade said "missing".
    const answer: CodingSubmission = {
      diagnoses: [{ code: "Z12.31" }],
      procedures: [
        { code: "77067", modifiers: [], units: 1, pointers: [1] },
        { code: "77063", modifiers: [], units: 1, pointers: [1] },
      ],
    };
    const oldKey = { ...screening.key, diagnoses: screening.key.diagnoses.map((line) => ({ ...line, status: "required" as const })) };
    const oldGrade = gradeCoding(oldKey, answer);
    expect(oldGrade.verdicts.some((verdict) => verdict.status === "missing")).toBe(true);
    await database.db.codingAttempt.create({
      data: {
        userId: user.id,
        caseId: screening.id,
        caseVersion: 1,
        idempotencyKey: `k${++counter}`,
        answer: answer as object,
        grade: oldGrade as object,
        score: oldGrade.score,
        durationSeconds: 300,
        createdAt: new Date(),
      },
    });
    const mastery = await getLearnerMastery(database.db, user.id);
    expect(mastery.families.length).toBeGreaterThan(0);
    expect(mastery.families.every((family) => family.accuracy === 1)).toBe(true);
  });
});
