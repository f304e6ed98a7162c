import type { Database } from "@/lib/db/client";
import { baselineSearch } from "@/lib/codes/baseline-search";
import { getCodeDirectory, type CodeSummary } from "@/lib/codes/code-directory";
import { formatCode } from "@/lib/codes/normalize-code";
import { CodeSearchParamsSchema, firstIssueMessage } from "@/lib/codes/schemas";
import type { CodeSystem } from "@/lib/codes/types";

export type CodeSearchAnswer = { status: 200; body: { results: Pick<CodeSummary, "code" | "system" | "description" | "billable">[] } } | { status: 400; body: { error: string } };

/**
 * GET /api/codes/search, from query parameters to status and JSON body. `allowBaseline` lets the benchmark ask for
 * the plain database scan it compares against (`engine=baseline`).
 */
export async function answerCodeSearch(db: Database, params: Record<string, string>, allowBaseline: boolean): Promise<CodeSearchAnswer> {
  const parsed = CodeSearchParamsSchema.safeParse(params);
  if (!parsed.success) return { status: 400, body: { error: firstIssueMessage(parsed.error) } };
  const { q, system, billable, terminated, limit } = parsed.data;
  if (params.engine === "baseline" && allowBaseline) {
    const rows = await baselineSearch(db, q, { system, limit });
    return { status: 200, body: { results: rows.map((row) => ({ ...row, system: row.system as CodeSystem, code: formatCode(row.system as CodeSystem, row.code) })) } };
  }
  const directory = await getCodeDirectory(db);
  return { status: 200, body: { results: directory.search(q, { system, billableOnly: billable, includeTerminated: terminated, limit }) } };
}
