import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "@/lib/db/lock";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-cli-lock-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function runMigrate() {
  return spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db/migrate.ts", "--seed"], {
    env: { ...process.env, CHARTWISE_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
  });
}

describe("npm run db:migrate on the embedded database", () => {
  it("migrates and seeds a fresh data directory, then finds nothing to do", () => {
    const first = runMigrate();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\) to embedded PGlite/);
    expect(first.stdout).toContain("Seeded demo accounts");
    const second = runMigrate();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("Database is up to date");
    expect(second.stdout).toContain("Demo data already present.");
  });

  it("stops with a clear message while another process holds the database", () => {
    const release = acquireDataDirLock(path.join(dataDir, "pglite"), "next start (test)");
    try {
      const blocked = runMigrate();
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toContain(`is in use by process ${process.pid}`);
      expect(blocked.stderr).toContain("Stop that process first");
      expect(blocked.stderr).not.toMatch(/\n\s+at /);
    } finally {
      release();
    }
  });
});
