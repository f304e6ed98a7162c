import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDatabase } from "@/lib/db/copy-database";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite, pgliteConnection, type SqlConnection } from "@/lib/db/sql-connection";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

// The source is an embedded database; the target is the suite's database (PostgreSQL under TEST_DATABASE_URL).
let source: SqlConnection;
let target: TestDatabase;
beforeAll(async () => {
  source = pgliteConnection(await openPglite(null));
  await applyMigrations(source);
  target = await createTestDatabase();
});
afterAll(async () => {
  await source.close();
  await target.close();
});

describe("db:copy-to-postgres", () => {
  it("copies every row, foreign keys and identity columns included, and refuses a target that has rows", async () => {
    await source.exec(`
      INSERT INTO "User" (id, email, name, "updatedAt", "sessionVersion") VALUES ('u1', 'a@example.org', 'Zoë ☃', now(), 3);
      INSERT INTO "SalaryScenario" (id, "userId", name, path, "updatedAt") VALUES ('s1', 'u1', 'Plan', '{"paths":[{"label":"Now"}]}', now());
      INSERT INTO "LearnerProfile" ("userId", credentials, "examDate", "updatedAt") VALUES ('u1', ARRAY['cpc'], '2027-05-01', now());
      INSERT INTO "SignInFailure" (key, "createdAt") VALUES ('ip:1', now()), ('ip:2', now());`);
    const counts = await copyDatabase(source, target.sql);
    expect(counts).toMatchObject({ User: 1, SalaryScenario: 1, LearnerProfile: 1, SignInFailure: 2 });
    const user = await target.db.user.findUniqueOrThrow({ where: { id: "u1" }, include: { salaryScenarios: true, profile: true } });
    expect(user).toMatchObject({
      name: "Zoë ☃",
      sessionVersion: 3,
      salaryScenarios: [{ name: "Plan", path: { paths: [{ label: "Now" }] } }],
      profile: { credentials: ["cpc"] },
    });
    // New rows get ids after the copied ones.
    const next = await target.db.signInFailure.create({ data: { key: "ip:3" } });
    expect(next.id).toBeGreaterThan(2n);
    await expect(copyDatabase(source, target.sql)).rejects.toThrow(/already has rows in/);
  });
});
