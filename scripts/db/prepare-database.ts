import { applyMigrations, type MigrationReport } from "@/lib/db/migrate";
import { openPglite, openSqlConnection, pgliteConnection } from "@/lib/db/sql-connection";
import { createPgliteClient, createPostgresClient, type Database } from "@/lib/db/client";
import { acquireDataDirLock, releaseDataDirLock } from "@/lib/db/lock";
import { describeTarget, type DatabaseTarget } from "@/lib/db/target";
import { seedDemoData } from "@/lib/seed/seed-demo-data";
import { seedCodeSets } from "@/lib/codes/seed-code-sets";
import type { ImportProgress } from "@/lib/codes/import-code-set";

/**
 * Opens the database for a command-line task: takes the data-directory lock (embedded database), applies pending
 * migrations, runs the task with a Prisma client, and closes everything, lock last.
 */
export async function withCommandDatabase<T>(target: DatabaseTarget, log: (line: string) => void, task: (db: Database) => Promise<T>): Promise<T> {
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

/**
 * Applies pending migrations, loads the shipped official code sets on the first start (with progress; later starts
 * find them current and skip) and, when asked, creates whatever demo data is missing.
 */
export async function prepareDatabase(target: DatabaseTarget, options: { seed: boolean; log: (line: string) => void }) {
  await withCommandDatabase(target, options.log, async (db) => {
    const started = Date.now();
    const progress = codeSetProgressPrinter(options.log);
    const reports = await seedCodeSets(db, { onProgress: progress });
    for (const report of reports) {
      options.log(
        `Loaded ${report.system} ${report.version}: ${report.total.toLocaleString("en-US")} codes (${report.added} added, ${report.changed} changed, ${report.removed} removed).`,
      );
    }
    if (reports.length > 0) options.log(`Code sets loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    if (!options.seed) return;
    const { created } = await seedDemoData(db);
    options.log(created.length ? `Seeded demo accounts: ${created.join(", ")}` : "Demo data already present.");
  });
}

const SYSTEM_NAMES = { icd10cm: "ICD-10-CM", hcpcs: "HCPCS Level II" } as const;

/** "Loading the official ICD-10-CM codes: reading 40,000 lines…", at most every 2 seconds per phase. */
function codeSetProgressPrinter(log: (line: string) => void) {
  let last = "";
  let lastAt = 0;
  return (system: "icd10cm" | "hcpcs", progress: ImportProgress) => {
    const key = `${system}:${progress.phase}`;
    const now = Date.now();
    if (key === last && now - lastAt < 2000) return;
    last = key;
    lastAt = now;
    const amount =
      progress.phase === "reading"
        ? `reading, ${progress.done.toLocaleString("en-US")} lines so far`
        : `writing, ${progress.done.toLocaleString("en-US")} of ${(progress.total ?? 0).toLocaleString("en-US")} codes`;
    log(`Loading the official ${SYSTEM_NAMES[system]} codes (first start): ${amount}…`);
  };
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
