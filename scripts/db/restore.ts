// npm run db:restore -- <file> [--force]: replaces the embedded database with a backup made by db:backup (the
// current one is moved aside, never deleted, and only with --force). On PostgreSQL it runs pg_restore --clean.
import { spawnSync } from "node:child_process";
import { BackupError, restoreEmbedded } from "@/lib/db/backup";
import { getEnv } from "@/lib/env";
import { runCommand, UsageError } from "../run-command";

runCommand(async () => {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new UsageError("Name the backup to restore: npm run db:restore -- backups/chartwise-<time>.tar.gz [--force]");
  const env = getEnv();
  if (!env.usesEmbeddedDatabase) {
    const result = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${env.DATABASE_URL!}`, file], {
      stdio: "inherit",
    });
    if (result.error)
      throw new UsageError("pg_restore is not installed. Install the PostgreSQL client tools (for example `apt-get install postgresql-client`).");
    if (result.status !== 0) throw new UsageError(`pg_restore failed (exit ${result.status}); the single transaction left the database as it was.`);
    console.log(`Restored ${file} into PostgreSQL.`);
    return;
  }
  try {
    const summary = await restoreEmbedded(file, env.pgliteDir, { force: args.includes("--force") });
    if (summary.movedAside) console.log(`The previous database was moved to ${summary.movedAside}.`);
    console.log(`Restored ${summary.file} (${summary.users} users, ${summary.migrations} migrations) into ${env.pgliteDir}.`);
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  }
});
