import type { Database } from "@/lib/db/client";
import type { CodeSystem } from "@/lib/codes/types";

/**
 * The benchmark's yardstick: what a plain database query gives without an index or ranking. A code prefix or a
 * substring of the description (ILIKE '%…%'), billable first, in code order.
 */
export async function baselineSearch(db: Database, query: string, options: { system?: CodeSystem; limit: number }) {
  const bare = query.trim().replace(".", "").toUpperCase();
  const pattern = `%${query.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await db.$queryRaw<{ system: string; code: string; description: string; billable: boolean }[]>`
    SELECT system, code, description, billable FROM "Code"
    WHERE (${options.system ?? null}::text IS NULL OR system::text = ${options.system ?? null}::text)
      AND terminated = false
      AND (code LIKE ${`${bare}%`} OR description ILIKE ${pattern})
    ORDER BY (code = ${bare}) DESC, (code LIKE ${`${bare}%`}) DESC, billable DESC, code
    LIMIT ${options.limit}`;
  return rows;
}
