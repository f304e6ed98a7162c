import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

function migrationsDirWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-migrations-"));
  fs.cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migration runner", () => {
  it("records every migration as Prisma Migrate does: sha256 checksum, finished, one step", async () => {
    const rows = await database.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      const sql = fs.readFileSync(path.resolve("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toBe(files[index]!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    const report = await applyMigrations(database.sql);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(readMigrations().length);
  });

  it("applies a new migration, and a failing one leaves nothing behind", async () => {
    const dir = migrationsDirWith({
      "29990101000000_add_notes": `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY);`,
      "29990102000000_broken": `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);`,
    });
    try {
      await expect(applyMigrations(database.sql, { dir })).rejects.toThrow(MigrationError);
      await expect(applyMigrations(database.sql, { dir })).rejects.toThrow(/29990102000000_broken failed and was rolled back/);
      const tables = await database.sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('Note', 'Half')`);
      expect(tables.map((table) => table.table_name)).toEqual(["Note"]);
      const recorded = await database.sql.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`,
      );
      expect(recorded.map((row) => row.migration_name)).toEqual(["29990101000000_add_notes"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a migration edited after it was applied", async () => {
    const [first] = readMigrations();
    const dir = migrationsDirWith({});
    fs.appendFileSync(path.join(dir, first!.name, "migration.sql"), "\n-- edited\n");
    try {
      const report = await applyMigrations(database.sql, { dir });
      expect(report.editedSinceApplied).toEqual([first!.name]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to go on after a failure Prisma recorded", async () => {
    await database.sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES ('x-failed', 'abc', '29990103000000_failed_elsewhere', 0)`,
    );
    await expect(applyMigrations(database.sql)).rejects.toThrow(/29990103000000_failed_elsewhere failed earlier/);
    await database.sql.query(`DELETE FROM "_prisma_migrations" WHERE id = 'x-failed'`);
  });
});
