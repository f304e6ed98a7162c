import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CREATE_MIGRATION = path.join(ROOT, "scripts/db/create-migration.ts");
// Each engine run boots in-memory PGlite databases (~5 s on a quiet machine).
const ENGINE_RUN_TIMEOUT = 60_000;

type RunResult = { code: number; stdout: string; stderr: string };

let workDir: string;
let schemaPath: string;
let migrationsDir: string;

function createMigration(...args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      [CREATE_MIGRATION, "--schema", schemaPath, "--migrations", migrationsDir, ...args],
      { cwd: workDir, timeout: ENGINE_RUN_TIMEOUT },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

function migrationNames(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-create-migration-"));
  schemaPath = path.join(workDir, "schema.prisma");
  migrationsDir = path.join(workDir, "migrations");
  fs.copyFileSync(path.join(ROOT, "prisma/schema.prisma"), schemaPath);
  fs.cpSync(path.join(ROOT, "prisma/migrations"), migrationsDir, { recursive: true });
});

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe("db:migration:create", () => {
  it("rejects a name that is not lowercase letters, digits and underscores", async () => {
    const result = await createMigration("--name", "Add-Widgets");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid --name "Add-Widgets"');
    expect(result.stderr).toContain("lowercase letters, digits and underscores");
  });

  it(
    "creates a migration for a new model, which --check flags before and accepts after",
    async () => {
      const before = migrationNames();
      fs.appendFileSync(schemaPath, "\nmodel ProbeWidget {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n");

      const dirty = await createMigration("--check");
      expect(dirty.code).toBe(1);
      expect(dirty.stderr).toContain("has changes that no migration");
      expect(dirty.stderr).toContain('CREATE TABLE "ProbeWidget"');
      expect(migrationNames()).toEqual(before);

      const created = await createMigration("--name", "add_probe_widget");
      expect(created.code, created.stderr).toBe(0);
      const added = migrationNames().filter((name) => !before.includes(name));
      expect(added).toHaveLength(1);
      const [name] = added as [string];
      expect(name).toMatch(/^\d{14}_add_probe_widget$/);
      expect(name > before.at(-1)!).toBe(true);
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "ProbeWidget"');
      expect(sql).toContain('CREATE UNIQUE INDEX "ProbeWidget_label_key"');
      expect(sql).not.toContain('CREATE TABLE "User"');
      expect(created.stdout).toContain(path.join(name, "migration.sql"));
      expect(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');

      const clean = await createMigration("--check");
      expect(clean.code, clean.stderr).toBe(0);
      expect(clean.stdout).toContain("match");
    },
    3 * ENGINE_RUN_TIMEOUT,
  );
});
