// GET /api/codes/search?q=…&system=icd10cm|hcpcs|cpt&billable=1&terminated=1&limit=N: code lookup as JSON.
import { getCodeDirectory } from "@/lib/codes/code-directory";
import { CodeSearchParamsSchema, firstIssueMessage } from "@/lib/codes/schemas";
import { getDatabase } from "@/lib/db/client";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = CodeSearchParamsSchema.safeParse(params);
  if (!parsed.success) return Response.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const { q, system, billable, terminated, limit } = parsed.data;
  const directory = await getCodeDirectory(await getDatabase());
  const results = directory.search(q, { system, billableOnly: billable, includeTerminated: terminated, limit });
  return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
}
