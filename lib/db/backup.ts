import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "@/lib/db/lock";

export class BackupError extends Error {
  override name = "BackupError";
}

export type BackupSummary = { file: string; bytes: number; migrations: number; users: number };

async function summarise(client: PGlite): Promise<{ migrations: number; users: number }> {
  const migrations = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
  const users = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "User"`);
  return { migrations: migrations.rows[0]!.count, users: users.rows[0]!.count };
}

/**
 * Writes the embedded database as one gzipped tar file (PGlite's own data-directory dump), after taking the
 * data-directory lock (so it refuses while the app runs: stop it first) and checking the copy opens.
 */
export async function backupEmbedded(pgliteDir: string, outFile: string): Promise<BackupSummary> {
  if (!fs.existsSync(path.join(pgliteDir, "PG_VERSION"))) throw new BackupError(`There is no embedded database in ${pgliteDir} to back up.`);
  const release = acquireDataDirLock(pgliteDir, "npm run db:backup");
  try {
    const client = await PGlite.create(pgliteDir);
    const before = await summarise(client);
    await client.query("CHECKPOINT");
    const dump = await client.dumpDataDir("gzip");
    await client.close();
    const bytes = Buffer.from(await dump.arrayBuffer());
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    const partial = `${outFile}.partial`;
    fs.writeFileSync(partial, bytes);
    // The file is only given its name once its contents open as a database with the same rows.
    const check = await PGlite.create({ loadDataDir: new Blob([bytes]) });
    const after = await summarise(check);
    await check.close();
    if (after.migrations !== before.migrations || after.users !== before.users) {
      fs.rmSync(partial, { force: true });
      throw new BackupError("The backup did not read back the same as the database; nothing was written.");
    }
    fs.renameSync(partial, outFile);
    return { file: outFile, bytes: bytes.length, ...after };
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database with a backup. An existing database is moved aside to
 * `<dir>.before-restore-<time>` (never deleted) and only with `force`; the restored copy is opened and checked
 * before the command reports success.
 */
export async function restoreEmbedded(
  backupFile: string,
  pgliteDir: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<BackupSummary & { movedAside?: string }> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`There is no backup file at ${backupFile}.`);
  const bytes = fs.readFileSync(backupFile);
  const release = acquireDataDirLock(pgliteDir, "npm run db:restore");
  try {
    let movedAside: string | undefined;
    const exists = fs.existsSync(pgliteDir) && fs.readdirSync(pgliteDir).length > 0;
    if (exists && !options.force) {
      throw new BackupError(`${pgliteDir} already holds a database. Run again with --force to move it aside (it is kept) and restore the backup.`);
    }
    // Read the backup fully before touching anything on disk.
    const probe = await PGlite.create({ loadDataDir: new Blob([bytes]) }).catch(() => {
      throw new BackupError(`${backupFile} is not a Chartwise embedded-database backup (it does not open).`);
    });
    const expected = await summarise(probe).catch(() => {
      throw new BackupError(`${backupFile} opens, but holds no Chartwise database.`);
    });
    await probe.close();
    if (exists) {
      movedAside = `${pgliteDir}.before-restore-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(pgliteDir, movedAside);
    }
    fs.mkdirSync(pgliteDir, { recursive: true });
    const client = await PGlite.create(pgliteDir, { loadDataDir: new Blob([bytes]) });
    await client.close();
    const reopened = await PGlite.create(pgliteDir);
    const restored = await summarise(reopened);
    await reopened.close();
    if (restored.migrations !== expected.migrations || restored.users !== expected.users)
      throw new BackupError("The restored database does not match the backup.");
    return { file: backupFile, bytes: bytes.length, ...restored, movedAside };
  } finally {
    release();
  }
}
