import { applyMigrations } from "@/lib/db/migrate";
import { openPglite, openSqlConnection, pgliteConnection } from "@/lib/db/sql-connection";
import { createPgliteClient, createPostgresClient, type Database } from "@/lib/db/client";
import { acquireDataDirLock, releaseDataDirLock } from "@/lib/db/lock";
import { describeTarget, type DatabaseTarget } from "@/lib/db/target";
import { seedDemoData } from "@/lib/seed/seed-demo-data";

/** Applies pending migrations (and optionally the demo seed) to a target, holding the data-directory lock throughout. */
export async function prepareDatabase(target: DatabaseTarget, options: { seed: boolean; log: (line: string) => void }) {
  const { log } = options;
  if (target.kind === "pglite" && target.dir) acquireDataDirLock(target.dir);
  try {
    let database: Database;
    let closeAll: () => Promise<void>;
    if (target.kind === "pglite") {
      const pglite = await openPglite(target.dir);
      const report = await applyMigrations(pgliteConnection(pglite), { log });
      logReport(report, target, log);
      database = createPgliteClient(pglite);
      closeAll = async () => {
        await database.$disconnect();
        await pglite.close();
      };
    } else {
      const connection = await openSqlConnection(target);
      try {
        logReport(await applyMigrations(connection, { log }), target, log);
      } finally {
        await connection.close();
      }
      database = createPostgresClient(target.url);
      closeAll = () => database.$disconnect();
    }
    try {
      if (options.seed) {
        const { created } = await seedDemoData(database);
        log(created.length ? `Seeded demo accounts: ${created.join(", ")}` : "Demo data already present.");
      }
    } finally {
      await closeAll();
    }
  } finally {
    if (target.kind === "pglite" && target.dir) releaseDataDirLock(target.dir);
  }
}

function logReport(
  report: Awaited<ReturnType<typeof applyMigrations>>,
  target: DatabaseTarget,
  log: (line: string) => void,
) {
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
