import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient, Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { acquireDataDirLock } from "@/lib/db/lock";
import { openPglite } from "@/lib/db/sql-connection";
import { databaseTargetFromEnv, type DatabaseTarget } from "@/lib/db/target";

// Secrets stay out of query results unless a caller asks for them explicitly (`omit: { passwordHash: false }`).
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

function newClient(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({ adapter, ...clientOptions });
}

export type Database = ReturnType<typeof newClient>;
export { Prisma };

/** A Prisma client over an already-open PGlite instance (used by tests and tools that own the instance). */
export function createPgliteClient(pglite: PGlite): Database {
  return newClient(new PrismaPGlite(pglite));
}

/**
 * pglite-prisma-adapter hands its own type parsers to every query, and PGlite merges them into a fresh copy of its
 * whole parser table (318 types) on every call: about 0.13 ms of a 0.25 ms one-row read, and garbage for every
 * statement (measured 2026-11-29, `npm run bench:profile`). For an instance only Prisma reads, the adapter's parsers
 * are merged into the instance's own table once and the per-call copy goes; results are the same. Not for an
 * instance other code also queries raw: its dates and numbers would come back as the adapter reads them.
 */
export function mergeAdapterParsersOnce(pglite: PGlite): PGlite {
  const query = pglite.query.bind(pglite);
  const merged = new WeakSet<object>();
  pglite.query = ((sql, params, options) => {
    if (!options?.parsers) return query(sql, params, options);
    const { parsers, ...rest } = options;
    if (!merged.has(parsers)) {
      Object.assign(pglite.parsers, parsers);
      merged.add(parsers);
    }
    return query(sql, params, rest);
  }) as PGlite["query"];
  return pglite;
}

export function createPostgresClient(url: string): Database {
  return newClient(new PrismaPg({ connectionString: url }));
}

/** Opens a client for a target. For an embedded data directory this takes its lock for the life of the process. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") return createPostgresClient(target.url);
  if (target.dir) acquireDataDirLock(target.dir);
  return createPgliteClient(mergeAdapterParsersOnce(await openPglite(target.dir)));
}

type DatabaseHolder = { database?: Database; opening?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __chartwiseDatabase?: DatabaseHolder };
const state: DatabaseHolder = (holder.__chartwiseDatabase ??= {});

/** The process's one database client, opened on first use (never at import, so builds do not touch the data). */
export async function getDatabase(): Promise<Database> {
  if (state.database) return state.database;
  state.opening ??= openDatabase(databaseTargetFromEnv(getEnv())).then((database) => {
    state.database = database;
    return database;
  });
  try {
    return await state.opening;
  } catch (error) {
    state.opening = undefined;
    throw error;
  }
}

/** Points the process's client at another database (integration tests), returning the previous one. */
export function setDatabase(database: Database | undefined): Database | undefined {
  const previous = state.database;
  state.database = database;
  state.opening = undefined;
  return previous;
}
