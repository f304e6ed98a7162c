import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getGuide } from "@/lib/content/get-guide";
import { submitKnowledgeCheck } from "@/lib/guide/submit-knowledge-check";
import { getAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { getDraft } from "@/lib/practice/drafts";
import { regradeAttempt } from "@/lib/practice/regrade-attempt";
import { getLearnerProfile, saveLearnerProfile } from "@/lib/profile/learner-profile";
import { getSalaryScenario } from "@/lib/salary/scenarios";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

// A stored row with one field the current schema rejects keeps every other field, and says which it dropped.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `stored${++counter}@example.org` }, select: { id: true } });

function watchWarnings() {
  return vi.spyOn(console, "warn").mockImplementation(() => {});
}

describe("a row with one bad field", () => {
  it("keeps the rest of a learner's profile, and the next save does not wipe it", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    await database.db.learnerProfile.create({
      data: {
        userId: user.id,
        state: "nj",
        setting: "physician_office",
        yearsOfExperience: 4,
        credentials: ["cpc", "retired-credential"],
        targetCredential: "ccs",
        examDate: new Date("2027-03-15T00:00:00Z"),
        payGoal: 5, // below the smallest pay goal the form accepts
        remotePreference: "on_site",
      },
    });

    const profile = await getLearnerProfile(database.db, user.id);
    expect(profile).toEqual({
      state: "nj",
      setting: "physician-office",
      yearsOfExperience: 4,
      credentials: ["cpc"],
      targetCredential: "ccs",
      examDate: "2027-03-15",
      remotePreference: "on-site",
    });
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("payGoal"))).toBe(true);
    expect(warnings.some((line) => line.includes("retired-credential"))).toBe(true);

    // The learner changes one field: everything else they told us is still there.
    await saveLearnerProfile(database.db, user.id, { ...profile, payGoal: 65_000 });
    const row = await database.db.learnerProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({
      state: "nj",
      setting: "physician_office",
      yearsOfExperience: 4,
      credentials: ["cpc"],
      payGoal: 65_000,
      remotePreference: "on_site",
    });
  });

  it("keeps a saved scenario's valid paths and changes when one change is out of range", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    const row = await database.db.salaryScenario.create({
      data: {
        userId: user.id,
        name: "CPC then COC",
        path: {
          profile: { state: "oh", yearsOfExperience: 2, credentials: ["cpc"], favouriteColour: "blue" },
          payGoal: 60_000,
          paths: [
            { label: "Stay put", events: [] },
            {
              label: "Add COC",
              events: [
                { year: 1, addCredential: "coc" },
                { year: 400, addCredential: "ccs" },
              ],
            },
          ],
        },
      },
    });

    const scenario = await getSalaryScenario(database.db, user.id, row.id);
    expect(scenario.comparison).toEqual({
      profile: { state: "oh", yearsOfExperience: 2, credentials: ["cpc"] },
      payGoal: 60_000,
      paths: [
        { label: "Stay put", events: [] },
        { label: "Add COC", events: [{ year: 1, kind: "credential", credential: "coc" }] },
      ],
    });
    expect(scenario.pathCount).toBe(2);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("paths[1].events[1]"))).toBe(true);
  });

  it("keeps a draft's other lines when one line is malformed", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    await database.db.codingDraft.create({
      data: {
        userId: user.id,
        caseId: "ortho-knee-scope-medial-meniscus",
        answer: {
          diagnoses: [{ code: "S83.241A" }, { code: 42 }],
          procedures: [
            { code: "29881", modifiers: ["RT"], units: "1", pointers: [1] },
            { code: "99213", modifiers: [], units: "many units", pointers: [1] },
          ],
        },
      },
    });

    const draft = await getDraft(database.db, user.id, "ortho-knee-scope-medial-meniscus");
    expect(draft?.answer).toEqual({
      diagnoses: [{ code: "S83.241A" }],
      procedures: [{ code: "29881", modifiers: ["RT"], units: "1", pointers: [1] }],
    });
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("diagnoses[1]"))).toBe(true);
    expect(warnings.some((line) => line.includes("procedures[1]"))).toBe(true);
  });

  it("reads a coding attempt whose stored answer and grade are malformed: the valid lines and verdicts, the row's score", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    const knee = findCase("ortho-knee-scope-medial-meniscus")!;
    const row = await database.db.codingAttempt.create({
      data: {
        userId: user.id,
        caseId: knee.id,
        caseVersion: knee.version - 1,
        idempotencyKey: "malformed-attempt",
        answer: {
          diagnoses: [{ code: "S83.241A" }, { code: ["not", "a", "code"] }],
          procedures: [{ system: "cpt", code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }, "line"],
          formRows: "rows",
        },
        grade: {
          score: null,
          earnedPoints: 50,
          penaltyPoints: 0,
          verdicts: [
            { kind: "diagnosis", status: "correct", reasons: [], points: 50, maxPoints: 50, message: "Right.", keyLineId: "d1" },
            { kind: "diagnosis", status: "sideways", reasons: [], points: 0, maxPoints: 0, message: "?" },
          ],
        },
        score: 50,
        durationSeconds: 60,
      },
    });

    const attempt = await getAttempt(database.db, user.id, row.id);
    expect(attempt.answer).toEqual({
      diagnoses: [{ code: "S83.241A" }],
      procedures: [{ system: "cpt", code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }],
    });
    expect(attempt.grade).toMatchObject({ score: 50, earnedPoints: 50, penaltyPoints: 0 });
    expect(attempt.grade.verdicts.map((verdict) => verdict.keyLineId)).toEqual(["d1"]);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    for (const field of ["diagnoses[1]", "procedures[1]", "verdicts[1]", "score"])
      expect(warnings.some((line) => line.includes(`coding attempt ${row.id}`) && line.includes(field))).toBe(true);

    // A grade that is not an object at all (the old cast crashed on it) reads as no verdicts and the row's score.
    const broken = await database.db.codingAttempt.create({
      data: {
        userId: user.id,
        caseId: knee.id,
        caseVersion: knee.version,
        idempotencyKey: "broken-attempt",
        answer: "?",
        grade: [],
        score: 30,
        durationSeconds: 5,
      },
    });
    expect(await getAttempt(database.db, user.id, broken.id)).toMatchObject({
      answer: { diagnoses: [], procedures: [] },
      grade: { score: 30, earnedPoints: 0, penaltyPoints: 0, verdicts: [] },
    });

    // Regrading reads the same stored answer: it grades the valid lines instead of failing.
    const regraded = await regradeAttempt(database.db, user.id, row.id);
    expect((await getAttempt(database.db, user.id, regraded.id)).caseVersion).toBe(knee.version);
  });

  it("answers a repeated knowledge-check submission from a stored result that went bad, with the row's score", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    const lesson = getGuide().modules[0]!.lessons[0]!;
    const input = { lessonSlug: lesson.slug, idempotencyKey: "quiz-malformed", answers: {} };
    const first = await submitKnowledgeCheck(database.db, user.id, input);
    const row = await database.db.quizAttempt.findFirstOrThrow({ where: { userId: user.id } });
    await database.db.quizAttempt.update({ where: { id: row.id }, data: { results: { items: [{ ...first.items[0]! }, { id: 7 }], score: "none" } } });

    const again = await submitKnowledgeCheck(database.db, user.id, input);
    expect(again).toMatchObject({ items: [first.items[0]], score: first.score, passed: first.passed, attemptCount: 1 });
    expect(warn.mock.calls.some((call) => String(call[0]).includes(`quiz attempt ${row.id} results`))).toBe(true);
  });
});
