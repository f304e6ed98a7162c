// npm run db:backup [-- <file>]: a consistent copy of the embedded database in one file (default
// backups/chartwise-<time>.tar.gz). Stop the app first; the data-directory lock refuses otherwise. On PostgreSQL
// (DATABASE_URL set) it runs pg_dump in its custom format when pg_dump is installed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { backupEmbedded, BackupError } from "@/lib/db/backup";
import { getEnv } from "@/lib/env";
import { runCommand, UsageError } from "../run-command";

runCommand(async () => {
  const env = getEnv();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = process.argv[2] ?? path.join("backups", `chartwise-${stamp}.${env.usesEmbeddedDatabase ? "tar.gz" : "dump"}`);
  if (!env.usesEmbeddedDatabase) {
    const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, env.DATABASE_URL!], { stdio: "inherit" });
    if (result.error)
      throw new UsageError(
        "pg_dump is not installed. Install the PostgreSQL client tools (for example `apt-get install postgresql-client`) or back up with your provider's tools.",
      );
    if (result.status !== 0) throw new UsageError(`pg_dump failed (exit ${result.status}).`);
    console.log(`Backed up PostgreSQL to ${file}. Restore with: npm run db:restore -- ${file}`);
    return;
  }
  try {
    const summary = await backupEmbedded(env.pgliteDir, file);
    console.log(
      `Backed up the embedded database (${summary.users} users, ${summary.migrations} migrations) to ${summary.file} (${Math.round(summary.bytes / 1024)} KB).`,
    );
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  }
});
