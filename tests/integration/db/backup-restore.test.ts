import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "@/lib/db/backup";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite, pgliteConnection } from "@/lib/db/sql-connection";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-backup-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function rowsOf(dir: string) {
  const client = await openPglite(dir);
  const users = (await client.query<{ email: string; name: string }>(`SELECT email, name FROM "User" ORDER BY email`)).rows;
  const scenarios = (await client.query<{ name: string; path: unknown }>(`SELECT name, path FROM "SalaryScenario" ORDER BY name`)).rows;
  await client.close();
  return { users, scenarios };
}

describe("db:backup and db:restore (embedded database)", () => {
  it("round-trips every row, refuses to overwrite without --force, and keeps the replaced database", { timeout: 240_000 }, async () => {
    const source = path.join(root, "source", "pglite");
    const client = await openPglite(source);
    await applyMigrations(pgliteConnection(client));
    await client.exec(
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('u1', 'a@example.org', 'Zoë “quoted” ☃', now()), ('u2', 'b@example.org', NULL, now())`,
    );
    await client.exec(`INSERT INTO "SalaryScenario" (id, "userId", name, path, "updatedAt") VALUES ('s1', 'u1', 'Plan', '{"paths":[{"label":"Now"}]}', now())`);
    await client.close();
    const original = await rowsOf(source);

    const file = path.join(root, "backups", "chartwise.tar.gz");
    const backup = await backupEmbedded(source, file);
    expect(backup).toMatchObject({ users: 2 });
    expect(backup.migrations).toBeGreaterThan(0);
    expect(fs.existsSync(file)).toBe(true);

    // Into an empty place: the same rows.
    const target = path.join(root, "target", "pglite");
    const restored = await restoreEmbedded(file, target);
    expect(restored.users).toBe(2);
    expect(await rowsOf(target)).toEqual(original);

    // Over an existing database: refused, then done with --force, the old one kept beside it.
    const scratch = await openPglite(target);
    await scratch.exec(`DELETE FROM "SalaryScenario"`);
    await scratch.close();
    await expect(restoreEmbedded(file, target)).rejects.toThrow(/already holds a database.*--force/);
    const forced = await restoreEmbedded(file, target, { force: true, now: new Date("2026-11-28T20:00:00Z") });
    expect(forced.movedAside).toMatch(/pglite\.before-restore-2026-11-28T20-00-00-000Z$/);
    expect(fs.existsSync(path.join(forced.movedAside!, "PG_VERSION"))).toBe(true);
    expect(await rowsOf(target)).toEqual(original);
  });

  it("refuses a file that is not a backup, and a directory with no database, changing nothing", async () => {
    const junk = path.join(root, "junk.tar.gz");
    fs.writeFileSync(junk, "not a backup");
    const target = path.join(root, "untouched", "pglite");
    await expect(restoreEmbedded(junk, target)).rejects.toThrow(/not a Chartwise embedded-database backup/);
    expect(fs.existsSync(path.join(target, "PG_VERSION"))).toBe(false);
    await expect(backupEmbedded(path.join(root, "nothing-here"), path.join(root, "x.tar.gz"))).rejects.toThrow(/no embedded database/);
  });
});
