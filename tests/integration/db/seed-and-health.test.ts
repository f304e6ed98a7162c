import { signInLimits } from "@/lib/auth/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/seed/seed-demo-data";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("demo seed", () => {
  it("creates the documented accounts once; a second run changes nothing", async () => {
    const first = await seedDemoData(database.db);
    expect(first.created).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
    const before = await database.db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, updatedAt: true } });
    expect(await seedDemoData(database.db)).toEqual({ created: [] });
    expect(await database.db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, updatedAt: true } })).toEqual(before);
    for (const account of DEMO_ACCOUNTS) {
      const user = await authenticateWithPassword(database.db, account, signInLimits(10));
      expect(user.role).toBe(account.role);
    }
  });

  it("gives the demo learner a profile and a few graded attempts, and nobody else any", async () => {
    const learner = await database.db.user.findUniqueOrThrow({
      where: { email: "demo@chartwise.test" },
      include: { profile: true, codingAttempts: { orderBy: { createdAt: "asc" } } },
    });
    expect(learner.profile).toMatchObject({ state: "nj", targetCredential: "cpc" });
    // Three practice attempts, plus the chart coded during the seeded tutorial workday (stored as an attempt too).
    expect(learner.codingAttempts.map((attempt) => attempt.score)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 100]);
    expect(learner.codingAttempts[0]!.score).toBeLessThan(100);
    // The demo cohort's synthetic classmates (who cannot sign in) have history of their own; no real account does.
    expect(
      await database.db.codingAttempt.count({ where: { userId: { not: learner.id }, user: { email: { not: { endsWith: "@learners.chartwise.test" } } } } }),
    ).toBe(0);
  });
});

describe("checkHealth", () => {
  it("reports the database up with no pending migrations", async () => {
    const report = await checkHealth(getDatabase, { kind: database.kind, version: "test" });
    expect(report.status).toBe("ok");
    expect(report.database).toMatchObject({ status: "ok", kind: database.kind, migrations: { pending: 0 } });
    expect(report.database.migrations!.applied).toBeGreaterThan(0);
  });

  it("reports the database down without throwing", async () => {
    const report = await checkHealth(() => Promise.reject(new Error("connection refused")), { kind: "pglite", version: "test" });
    expect(report).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
