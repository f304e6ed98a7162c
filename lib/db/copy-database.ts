import type { SqlConnection } from "@/lib/db/sql-connection";

export class CopyError extends Error {
  override name = "CopyError";
}

const BATCH = 2_000;

/** Application tables ordered so every table comes after the tables its foreign keys point to. */
async function tablesInDependencyOrder(sql: SqlConnection): Promise<string[]> {
  const tables = (
    await sql.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).map((row) => row.name);
  const edges = await sql.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table)) return;
    if (path.has(table)) throw new CopyError(`Foreign keys form a cycle through ${table}.`);
    path.add(table);
    for (const edge of edges.filter((candidate) => candidate.child === table)) visit(edge.parent, path);
    path.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/**
 * Copies every application row from one Chartwise database to another (the embedded one to PostgreSQL), in one
 * transaction on the target, which must be migrated to the same version and hold no rows yet. Row counts are
 * compared afterwards.
 */
export async function copyDatabase(source: SqlConnection, target: SqlConnection, log: (line: string) => void = () => {}): Promise<Record<string, number>> {
  const migrations = async (sql: SqlConnection) =>
    (
      await sql.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
      )
    )
      .map((row) => row.name)
      .join(",");
  if ((await migrations(source)) !== (await migrations(target)))
    throw new CopyError("The two databases are not at the same migration. Run npm run db:migrate on both first.");
  const tables = await tablesInDependencyOrder(source);
  for (const table of tables) {
    const [row] = await target.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
    if (row!.count > 0) throw new CopyError(`The target already has rows in "${table}". Copy into a freshly migrated, empty database.`);
  }
  const counts: Record<string, number> = {};
  await target.exec("BEGIN");
  try {
    for (const table of tables) {
      let copied = 0;
      for (;;) {
        const [batch] = await source.query<{ rows: unknown[] | null }>(
          `SELECT json_agg(t) AS rows FROM (SELECT * FROM "${table}" ORDER BY 1 LIMIT ${BATCH} OFFSET ${copied}) t`,
        );
        const rows = batch?.rows ?? [];
        if (rows.length === 0) break;
        await target.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)]);
        copied += rows.length;
      }
      counts[table] = copied;
      log(`  ${table}: ${copied} rows`);
    }
    // Identity columns continue after the copied ids.
    const serials = await target.query<{ table: string; column: string }>(`
      SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
    for (const { table, column } of serials) {
      await target.query(`SELECT setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`);
    }
    for (const table of tables) {
      const [row] = await target.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
      if (row!.count !== counts[table]) throw new CopyError(`"${table}" has ${row!.count} rows after the copy, not ${counts[table]}.`);
    }
    await target.exec("COMMIT");
  } catch (error) {
    await target.exec("ROLLBACK");
    throw error;
  }
  return counts;
}
