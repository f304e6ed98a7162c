import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { createEmptyDatabase } from "@/tests/setup/test-database";

const MIGRATION = "20261128191520_fixed_vocabularies_and_foreign_key_indexes";

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let before: string;

// The migrations up to (not including) the one under test, in a directory of their own.
function migrationsBefore(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-before-"));
  for (const migration of readMigrations().filter((candidate) => candidate.name < name)) {
    fs.cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), { recursive: true });
  }
  return dir;
}

beforeAll(async () => {
  database = await createEmptyDatabase();
  before = migrationsBefore(MIGRATION);
  await applyMigrations(database.sql, { dir: before });
});
afterAll(async () => {
  fs.rmSync(before, { recursive: true, force: true });
  await database?.close();
});

describe(`${MIGRATION} on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("turns the text columns into enums without losing a stored value", async () => {
    const { sql } = database;
    await sql.exec(`
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'one@example.org', now()), ('u2', 'two@example.org', now());
      INSERT INTO "CodeSetVersion" (id, system, version, "sourceFile", sha256, added, changed, unchanged, removed, total)
        VALUES ('v1', 'hcpcs', '2025-01', 'HCPC.txt', 'abc', 2, 0, 0, 0, 2);
      INSERT INTO "Code" (system, code, description, billable, kind, "versionId")
        VALUES ('hcpcs', 'A0427', 'Ambulance service, ALS emergency', true, 'code', 'v1'),
               ('hcpcs', 'LT', 'Left side', false, 'modifier', 'v1');
      INSERT INTO "LearnerProfile" ("userId", state, setting, "remotePreference", credentials, "updatedAt")
        VALUES ('u1', 'nj', 'physician-office', 'on-site', ARRAY['cpc'], now()),
               ('u2', 'oh', 'spaceship', 'sometimes', ARRAY[]::TEXT[], now());
    `);

    const report = await applyMigrations(database.sql);
    expect(report.applied).toEqual([
      MIGRATION,
      ...readMigrations()
        .map((migration) => migration.name)
        .filter((name) => name > MIGRATION),
    ]);

    const codes = await sql.query<{ code: string; system: string; kind: string; type: string }>(
      `SELECT code, system::text AS system, kind::text AS kind, pg_typeof(system)::text AS type FROM "Code" ORDER BY code`,
    );
    expect(codes).toEqual([
      { code: "A0427", system: "hcpcs", kind: "code", type: '"CodeSystem"' },
      { code: "LT", system: "hcpcs", kind: "modifier", type: '"CodeSystem"' },
    ]);
    const profiles = await sql.query<{ userId: string; state: string; setting: string | null; remote: string | null }>(
      `SELECT "userId", state, setting::text AS setting, "remotePreference"::text AS remote FROM "LearnerProfile" ORDER BY "userId"`,
    );
    // A value the app accepts is kept; one it never wrote becomes NULL, and the rest of the row stays.
    expect(profiles).toEqual([
      { userId: "u1", state: "nj", setting: "physician-office", remote: "on-site" },
      { userId: "u2", state: "oh", setting: null, remote: null },
    ]);
  });

  it("enforces the vocabularies and the code's link to its import from now on", async () => {
    const { sql } = database;
    await expect(sql.exec(`INSERT INTO "Code" (system, code, description, billable, "versionId") VALUES ('snomed', 'X', 'x', true, 'v1')`)).rejects.toThrow();
    await expect(
      sql.exec(`INSERT INTO "Code" (system, code, description, billable, "versionId") VALUES ('cpt', '99213', 'x', true, 'missing')`),
    ).rejects.toThrow();
    await sql.exec(`INSERT INTO "Code" (system, code, description, billable, "versionId") VALUES ('cpt', '99213', 'Office visit', true, 'v1')`);
    const [row] = await sql.query<{ kind: string }>(`SELECT kind::text AS kind FROM "Code" WHERE code = '99213'`);
    expect(row!.kind).toBe("code");
  });

  it("indexes the foreign keys the app queries", async () => {
    const indexes = await database.sql.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`);
    expect(indexes.map((index) => index.indexname)).toEqual(
      expect.arrayContaining(["KeyDispute_attemptId_idx", "AuditEvent_actorId_idx", "Code_versionId_idx", "CodeSetVersion_system_importedAt_idx", "Code_pkey"]),
    );
  });
});
