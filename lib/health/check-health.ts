import { timingSafeEqual } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";

export type HealthReport = {
  status: "ok" | "degraded";
  app: { version: string; uptimeSeconds: number; memoryMb: number };
  database: {
    status: "ok" | "down";
    kind: "pglite" | "postgresql";
    latencyMs?: number;
    migrations?: { applied: number; pending: number };
    error?: string;
  };
};

/** Whether the app can reach its database and whether the schema is up to date. */
export async function checkHealth(openDatabase: () => Promise<Database>, options: { kind: "pglite" | "postgresql"; version: string }): Promise<HealthReport> {
  const app = { version: options.version, uptimeSeconds: Math.round(process.uptime()), memoryMb: Math.round(process.memoryUsage().rss / 1e6) };
  const started = performance.now();
  try {
    const db = await openDatabase();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = readMigrations().filter((migration) => !applied.has(migration.name)).length;
    return {
      status: pending === 0 ? "ok" : "degraded",
      app,
      database: { status: "ok", kind: options.kind, latencyMs, migrations: { applied: applied.size, pending } },
    };
  } catch {
    return { status: "degraded", app, database: { status: "down", kind: options.kind, error: "The database did not answer." } };
  }
}

/** What anyone may see: up or not, nothing about the machine. */
export function publicHealth(report: HealthReport): { status: HealthReport["status"] } {
  return { status: report.status };
}

/** Whether an Authorization header carries the configured health token (compared in constant time). */
export function tokenMatches(authorization: string | null, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
