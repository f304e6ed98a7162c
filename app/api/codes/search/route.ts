// GET /api/codes/search?q=…&system=icd10cm|hcpcs|cpt&billable=1&terminated=1&limit=N: code lookup as JSON.
import { getCodeDirectory } from "@/lib/codes/code-directory";
import { CodeSearchParamsSchema, firstIssueMessage } from "@/lib/codes/schemas";
import { getDatabase } from "@/lib/db/client";
import { baselineSearch } from "@/lib/codes/baseline-search";
import { formatCode } from "@/lib/codes/normalize-code";
import type { CodeSystem } from "@/lib/codes/types";
import { getEnv } from "@/lib/env";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = CodeSearchParamsSchema.safeParse(params);
  if (!parsed.success) return Response.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const { q, system, billable, terminated, limit } = parsed.data;
  // The benchmark compares the index with a plain database scan, served the same way (CHARTWISE_BENCH=1 only).
  if (params.engine === "baseline" && getEnv().CHARTWISE_BENCH === "1") {
    const rows = await baselineSearch(await getDatabase(), q, { system, limit });
    return Response.json({ results: rows.map((row) => ({ ...row, code: formatCode(row.system as CodeSystem, row.code) })) });
  }
  const directory = await getCodeDirectory(await getDatabase());
  const results = directory.search(q, { system, billableOnly: billable, includeTerminated: terminated, limit });
  return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
}
