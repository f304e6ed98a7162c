import type { Database } from "@/lib/db/client";

/**
 * One hash of every application table's rows. Rate-limit counters (SignInFailure, CohortJoinFailure) are left out: recording a
 * refused attempt is their job.
 */
export async function databaseDigest(db: Database): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'SignInFailure', 'CohortJoinFailure') ORDER BY tablename`;
  const parts = tables.map(
    ({ tablename }) => `SELECT '${tablename}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${tablename}" x`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(" UNION ALL "));
  return rows
    .sort((a, b) => a.t.localeCompare(b.t))
    .map((row) => `${row.t}:${row.h}`)
    .join(",");
}

/** A refusal a learner can read: our own sentence, not zod's or a stack's. */
export function clearMessageProblem(message: unknown): string | null {
  if (typeof message !== "string") return "no message";
  if (message.length < 10 || message.length > 400) return `length ${message.length}`;
  // What the user typed may be quoted back; the rest must be our own words.
  const ours = message.replace(/"[^"]*"|“[^”]*”/g, '""');
  if (/Invalid input|Unrecognized key|expected \w+, received|\[object|undefined|TypeError|Error:|\bat .+:\d+/.test(ours))
    return `reads like an internal error: ${message}`;
  if (message.startsWith("Something went wrong on our side")) return "an unexpected error (a bug)";
  return null;
}
