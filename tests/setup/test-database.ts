import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPgliteClient, createPostgresClient, setDatabase, type Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite, openSqlConnection, pgliteConnection, type SqlConnection } from "@/lib/db/sql-connection";

export type TestDatabase = { db: Database; sql: SqlConnection; kind: "pglite" | "postgresql"; close(): Promise<void> };

/**
 * A fresh, migrated database for one test file, also installed as the process's database so code that calls
 * getDatabase() uses it. PGlite in memory by default; a copy of the migrated template on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const postgres = inject("postgresTemplate");
  if (!postgres) {
    const pglite = await openPglite(null);
    const sql = pgliteConnection(pglite);
    await applyMigrations(sql);
    const db = createPgliteClient(pglite);
    setDatabase(db);
    return {
      db,
      sql,
      kind: "pglite",
      close: async () => {
        setDatabase(undefined);
        await db.$disconnect();
        await pglite.close();
      },
    };
  }

  const name = `${postgres.prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${postgres.template}"`);
  const url = new URL(postgres.adminUrl);
  url.pathname = `/${name}`;
  const sql = await openSqlConnection({ kind: "postgres", url: url.toString() });
  const db = createPostgresClient(url.toString());
  setDatabase(db);
  return {
    db,
    sql,
    kind: "postgresql",
    close: async () => {
      setDatabase(undefined);
      await db.$disconnect();
      await sql.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * An empty database with no migrations applied, for tests that migrate step by step (PGlite in memory, or a fresh
 * database on the TEST_DATABASE_URL server). Only the SQL connection: no Prisma client, nothing installed globally.
 */
export async function createEmptyDatabase(): Promise<{ sql: SqlConnection; kind: "pglite" | "postgresql"; close(): Promise<void> }> {
  const postgres = inject("postgresTemplate");
  if (!postgres) {
    const pglite = await openPglite(null);
    const sql = pgliteConnection(pglite);
    return { sql, kind: "pglite", close: () => pglite.close() };
  }
  const name = `${postgres.prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(postgres.adminUrl);
  url.pathname = `/${name}`;
  const sql = await openSqlConnection({ kind: "postgres", url: url.toString() });
  return {
    sql,
    kind: "postgresql",
    close: async () => {
      await sql.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
