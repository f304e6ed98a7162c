import type { Env } from "@/lib/env";

/** Where the data lives: an embedded PGlite directory (or memory), or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dir: string | null } | { kind: "postgres"; url: string };

export function databaseTargetFromEnv(env: Pick<Env, "DATABASE_URL" | "pgliteDir">): DatabaseTarget {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.pgliteDir };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return target.dir ? `embedded PGlite at ${target.dir}` : "in-memory PGlite";
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
