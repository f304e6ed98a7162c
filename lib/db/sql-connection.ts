import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { acquireDataDirLock } from "@/lib/db/lock";
import type { DatabaseTarget } from "@/lib/db/target";

/** A raw SQL connection for tooling (migrations, seeding checks, tests) that runs outside Prisma. */
export interface SqlConnection {
  /** Runs one or more statements separated by semicolons. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function openPglite(dir: string | null): Promise<PGlite> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  return PGlite.create(dir ?? undefined);
}

export function pgliteConnection(client: PGlite, onClose?: () => void): SqlConnection {
  return {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

/** Opens a connection; for an embedded directory it first takes the data-directory lock. */
export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "pglite") {
    const release = target.dir ? acquireDataDirLock(target.dir) : undefined;
    try {
      return pgliteConnection(await openPglite(target.dir), release);
    } catch (error) {
      release?.();
      throw error;
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
    close: () => client.end(),
  };
}
