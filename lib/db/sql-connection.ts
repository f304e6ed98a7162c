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

/**
 * PostgreSQL's usual 128 MB of shared buffers would grow the embedded engine's WebAssembly memory past its 128 MB
 * start, and every buffer page once touched stays resident. 16 MB is enough for the pages a request reads (code search
 * answers from memory; the operating system's file cache holds the rest of the data directory): measured with
 * `npm run bench`, 32 → 16 MB took the server from 518 to 475 MB after the page load at the same throughput, and
 * 128 → 32 MB about 60 MB before that.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

export async function openPglite(dir: string | null): Promise<PGlite> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  return PGlite.create(dir ?? undefined, { startParams: PGLITE_START_PARAMS });
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
