import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDenialStats } from "@/lib/denials/stats";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { saveLearnerProfile } from "@/lib/profile/learner-profile";
import { getProgressOverview } from "@/lib/progress/progress-overview";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const knee = findCase("ortho-knee-scope-medial-meniscus")!;
let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `progress${++counter}@example.org` }, select: { id: true } });
const submit = (userId: string, answer: unknown, now: Date) =>
  submitCodingAttempt(
    database.db,
    userId,
    SubmitAttemptSchema.parse({ caseId: knee.id, idempotencyKey: `progress${++counter}key`, answer, elapsedSeconds: 120 }),
    now,
  );

describe("getProgressOverview", () => {
  it("summarises the learner's own attempts: streak, accuracy by day, time per case, recent activity, readiness", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const yesterday = new Date("2026-11-23T10:00:00Z");
    const today = new Date("2026-11-24T10:00:00Z");
    const partial = submissionFromKey(knee.key);
    partial.procedures = partial.procedures.map((line) => ({ ...line, modifiers: [] }));
    await submit(alice.id, partial, yesterday);
    await submit(alice.id, submissionFromKey(knee.key), today);
    await submit(bob.id, { diagnoses: [{ code: "E11.9" }] }, today);
    await saveLearnerProfile(database.db, alice.id, { credentials: [], targetCredential: "cpc", examDate: "2027-03-01" });

    const overview = await getProgressOverview(database.db, alice.id, new Date("2026-11-24T18:00:00Z"));
    expect(overview.streak).toMatchObject({ current: 2, activeToday: true });
    expect(overview.accuracy.map((day) => day.day)).toEqual(["2026-11-23", "2026-11-24"]);
    expect(overview.accuracy[1]!.averageScore).toBe(100);
    expect(overview.totals).toMatchObject({ attempts: 2, casesAttempted: 1 });
    expect(overview.timing).toEqual([expect.objectContaining({ caseId: knee.id, attempts: 2, bestScore: 100, title: knee.title })]);
    expect(overview.recent.map((item) => item.kind)).toEqual(["coding-attempt", "coding-attempt"]);
    expect(overview.recent[0]!.href).toMatch(new RegExp(`^/practice/${knee.id}/attempts/`));
    expect(overview.target).toMatchObject({ code: "cpc", examDate: "2027-03-01" });
    expect(overview.target!.readiness.score).toBeGreaterThan(0);
    // One read of the denial work feeds both the readiness and the page's denial section.
    expect(overview.denials).toEqual(await getDenialStats(database.db, alice.id));
    expect(overview.mastery.denials).toEqual({ claimsWorked: overview.denials.claimsWorked, earned: overview.denials.earned });

    const bobs = await getProgressOverview(database.db, bob.id, today);
    expect(bobs.totals.attempts).toBe(1);
    expect(bobs.target).toBeUndefined();
    expect(bobs.recent.every((item) => item.kind === "coding-attempt" && item.score < 100)).toBe(true);
  });

  it("is empty, not broken, for a new learner", async () => {
    const user = await newUser();
    const overview = await getProgressOverview(database.db, user.id);
    expect(overview).toMatchObject({
      streak: { current: 0 },
      accuracy: [],
      timing: [],
      recent: [],
      totals: { attempts: 0, averageScore: null, lessonsCompleted: 0 },
    });
    expect(overview.totals.lessonsTotal).toBeGreaterThan(20);
  });
});
