import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/seed/seed-demo-data";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { getRunReport, listRuns } from "@/lib/workday/runs";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("the demo learner's workday history", () => {
  it("has one finished tutorial day whose report is rebuilt from its actions, and seeding again adds nothing", async () => {
    await seedDemoData(database.db);
    await seedDemoData(database.db);
    const demo = await database.db.user.findUniqueOrThrow({ where: { email: "demo@chartwise.test" } });
    const runs = await listRuns(database.db, demo.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ scenarioId: "tutorial-day", status: "ENDED" });
    const { report } = await getRunReport(database.db, demo.id, runs[0]!.id);
    expect(report).toMatchObject({ ended: true, charts: { coded: 1, rolledOver: 0 }, denials: { resolved: 1, overturned: 1 }, messages: { best: 1 } });
    expect(report.audit.accuracy).toBeLessThan(95);
    expect(runs[0]!.summary).toMatchObject({ chartsCoded: 1, accuracy: report.audit.accuracy });
    // The chart coded during the day counts toward mastery (and so readiness) like a practice attempt.
    const attempts = await database.db.codingAttempt.count({ where: { userId: demo.id, idempotencyKey: { startsWith: "workday:" } } });
    expect(attempts).toBe(1);
    expect((await getLearnerMastery(database.db, demo.id)).casesAttempted).toBeGreaterThan(0);
  });
});
