import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttemptActivity } from "@/lib/progress/attempt-activity";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `activity${++counter}@example.org` }, select: { id: true } });
const attempt = (userId: string, caseId: string, iso: string, score: number, durationSeconds: number) =>
  database.db.codingAttempt.create({
    data: {
      userId,
      caseId,
      caseVersion: 1,
      idempotencyKey: `activity${++counter}`,
      answer: { diagnoses: [], procedures: [] },
      grade: {},
      score,
      durationSeconds,
      createdAt: new Date(iso),
    },
  });
const quiz = (userId: string, iso: string) =>
  database.db.quizAttempt.create({
    data: {
      userId,
      lessonSlug: "what-coders-do",
      idempotencyKey: `quiz${++counter}`,
      answers: [],
      results: [],
      score: 100,
      passed: true,
      createdAt: new Date(iso),
    },
  });

describe("getAttemptActivity", () => {
  it("is empty for a learner with no attempts", async () => {
    const { id } = await newUser();
    expect(await getAttemptActivity(database.db, id, 8)).toEqual({ attempts: 0, averageScore: null, daily: [], timing: [], activeDays: [], recent: [] });
  });

  it("sums one learner's attempts by UTC day and by case, rounding half up, and lists the newest", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await attempt(alice.id, "knee", "2026-11-20T10:00:00Z", 50, 600);
    await attempt(alice.id, "ecg", "2026-11-21T10:00:00Z", 90, 200);
    await attempt(alice.id, "knee", "2026-11-22T10:00:00Z", 75, 241);
    await attempt(alice.id, "knee", "2026-11-23T23:59:00Z", 100, 300);
    await attempt(alice.id, "knee", "2026-11-24T00:00:00Z", 51, 100);
    await quiz(alice.id, "2026-11-18T12:00:00Z");
    await quiz(alice.id, "2026-11-24T12:00:00Z");
    await attempt(bob.id, "knee", "2026-11-22T10:00:00Z", 0, 9999);
    await quiz(bob.id, "2026-11-10T12:00:00Z");

    const activity = await getAttemptActivity(database.db, alice.id, 3);
    expect(activity.attempts).toBe(5);
    // (50 + 90 + 75 + 100 + 51) / 5 = 73.2
    expect(activity.averageScore).toBe(73);
    expect(activity.daily).toEqual([
      { day: "2026-11-20", averageScore: 50, attempts: 1 },
      { day: "2026-11-21", averageScore: 90, attempts: 1 },
      { day: "2026-11-22", averageScore: 75, attempts: 1 },
      { day: "2026-11-23", averageScore: 100, attempts: 1 },
      { day: "2026-11-24", averageScore: 51, attempts: 1 },
    ]);
    // knee's times in order 600, 241, 300, 100: median of 100, 241, 300, 600 is 270.5, shown as 271.
    expect(activity.timing).toEqual([
      { caseId: "knee", attempts: 4, firstSeconds: 600, latestSeconds: 100, medianSeconds: 271, bestScore: 100 },
      { caseId: "ecg", attempts: 1, firstSeconds: 200, latestSeconds: 200, medianSeconds: 200, bestScore: 90 },
    ]);
    expect(activity.activeDays).toEqual(["2026-11-18", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]);
    expect(activity.recent.map((entry) => [entry.caseId, entry.createdAt.toISOString(), entry.score, entry.durationSeconds])).toEqual([
      ["knee", "2026-11-24T00:00:00.000Z", 51, 100],
      ["knee", "2026-11-23T23:59:00.000Z", 100, 300],
      ["knee", "2026-11-22T10:00:00.000Z", 75, 241],
    ]);
    expect(activity.recent.every((entry) => typeof entry.id === "string" && entry.id.length > 0)).toBe(true);
  });

  it("averages a day's attempts with halves rounded up and orders cases by when they were last worked", async () => {
    const { id } = await newUser();
    await attempt(id, "a", "2026-11-24T08:00:00Z", 100, 60);
    await attempt(id, "b", "2026-11-24T09:00:00Z", 51, 60);
    await attempt(id, "a", "2026-11-20T10:00:00Z", 40, 120);
    const activity = await getAttemptActivity(database.db, id, 8);
    expect(activity.daily).toEqual([
      { day: "2026-11-20", averageScore: 40, attempts: 1 },
      { day: "2026-11-24", averageScore: 76, attempts: 2 },
    ]);
    expect(activity.timing.map((row) => row.caseId)).toEqual(["b", "a"]);
    expect(activity.timing[1]).toMatchObject({ firstSeconds: 120, latestSeconds: 60, medianSeconds: 90 });
  });
});
