import { applyMigrations, type MigrationReport } from "@/lib/db/migrate";
import { openPglite, openSqlConnection, pgliteConnection } from "@/lib/db/sql-connection";
import { createPgliteClient, createPostgresClient, type Database } from "@/lib/db/client";
import { acquireDataDirLock, releaseDataDirLock } from "@/lib/db/lock";
import { describeTarget, type DatabaseTarget } from "@/lib/db/target";
import { seedDemoData } from "@/lib/seed/seed-demo-data";
import { seedCodeSets } from "@/lib/codes/seed-code-sets";

/**
 * Opens the database for a command-line task: takes the data-directory lock (embedded database), applies pending
 * migrations, runs the task with a Prisma client, and closes everything, lock last.
 */
export async function withCommandDatabase<T>(
  target: DatabaseTarget,
  log: (line: string) => void,
  task: (db: Database) => Promise<T>,
): Promise<T> {
  if (target.kind === "pglite" && target.dir) acquireDataDirLock(target.dir);
  try {
    if (target.kind === "pglite") {
      const pglite = await openPglite(target.dir);
      const db = createPgliteClient(pglite);
      try {
        logReport(await applyMigrations(pgliteConnection(pglite), { log }), target, log);
        return await task(db);
      } finally {
        await db.$disconnect();
        await pglite.close();
      }
    }
    const connection = await openSqlConnection(target);
    try {
      logReport(await applyMigrations(connection, { log }), target, log);
    } finally {
      await connection.close();
    }
    const db = createPostgresClient(target.url);
    try {
      return await task(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (target.kind === "pglite" && target.dir) releaseDataDirLock(target.dir);
  }
}

/** Applies pending migrations and, when asked, creates whatever demo data is missing. */
export async function prepareDatabase(target: DatabaseTarget, options: { seed: boolean; log: (line: string) => void }) {
  await withCommandDatabase(target, options.log, async (db) => {
    if (!options.seed) return;
    const { created } = await seedDemoData(db);
    options.log(created.length ? `Seeded demo accounts: ${created.join(", ")}` : "Demo data already present.");
    for (const report of await seedCodeSets(db)) {
      options.log(`Loaded the ${report.system} ${report.version}: ${report.total} codes (${report.added} added, ${report.changed} changed, ${report.removed} removed).`);
    }
  });
}

function logReport(report: MigrationReport, target: DatabaseTarget, log: (line: string) => void) {
  const where = describeTarget(target);
  log(
    report.applied.length
      ? `Applied ${report.applied.length} migration(s) to ${where}.`
      : `Database is up to date (${report.alreadyApplied} migration(s), ${where}).`,
  );
  for (const name of report.editedSinceApplied) {
    log(`Warning: migration ${name} was edited after it was applied; create a new migration instead of editing old ones.`);
  }
}
