import type { Database } from "@/lib/db/client";
import { getCodeDirectory, type CodeSummary } from "@/lib/codes/code-directory";
import { CodeSearchParamsSchema, firstIssueMessage } from "@/lib/codes/schemas";

export type CodeSearchAnswer = { status: 200; body: { results: CodeSummary[] } } | { status: 400; body: { error: string } };

/** GET /api/codes/search, from query parameters to status and JSON body. */
export async function answerCodeSearch(db: Database, params: Record<string, string>): Promise<CodeSearchAnswer> {
  const parsed = CodeSearchParamsSchema.safeParse(params);
  if (!parsed.success) return { status: 400, body: { error: firstIssueMessage(parsed.error) } };
  const { q, system, billable, terminated, limit } = parsed.data;
  const directory = await getCodeDirectory(db);
  return { status: 200, body: { results: directory.search(q, { system, billableOnly: billable, includeTerminated: terminated, limit }) } };
}
