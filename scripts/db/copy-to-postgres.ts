// npm run db:copy-to-postgres -- postgresql://user:pass@host:5432/chartwise: moves an embedded install to
// PostgreSQL. Stop the app first. Migrates the target, then copies every row in one transaction and checks counts.
import { applyMigrations } from "@/lib/db/migrate";
import { CopyError, copyDatabase } from "@/lib/db/copy-database";
import { openSqlConnection } from "@/lib/db/sql-connection";
import { getEnv } from "@/lib/env";
import { runCommand, UsageError } from "../run-command";

runCommand(async () => {
  const url = process.argv[2];
  if (!url || !/^postgres(ql)?:\/\//.test(url))
    throw new UsageError("Name the PostgreSQL database to copy into: npm run db:copy-to-postgres -- postgresql://user:pass@host:5432/chartwise");
  const env = getEnv();
  if (!env.usesEmbeddedDatabase) throw new UsageError("Unset DATABASE_URL: this command copies the embedded database (CHARTWISE_DATA_DIR) into PostgreSQL.");
  const source = await openSqlConnection({ kind: "pglite", dir: env.pgliteDir });
  const target = await openSqlConnection({ kind: "postgres", url });
  try {
    await applyMigrations(target, { log: console.log });
    console.log(`Copying ${env.pgliteDir} into ${new URL(url).host}${new URL(url).pathname}…`);
    const counts = await copyDatabase(source, target, console.log);
    console.log(
      `Done: ${Object.values(counts).reduce((sum, count) => sum + count, 0)} rows. Set DATABASE_URL=${url.replace(/:[^:@/]*@/, ":***@")} and NEXTAUTH_SECRET, then npm start.`,
    );
  } catch (error) {
    if (error instanceof CopyError) throw new UsageError(error.message);
    throw error;
  } finally {
    await source.close();
    await target.close();
  }
});
