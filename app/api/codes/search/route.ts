// GET /api/codes/search?q=…&system=icd10cm|hcpcs|cpt&billable=1&terminated=1&limit=N: code lookup as JSON.
// The one path for code search, in development and production: the index is built once per process at start
// (lib/server-start.ts) and kept in memory; a request parses, looks up and serialises.
import { answerCodeSearch } from "@/lib/codes/answer-code-search";
import { getDatabase } from "@/lib/db/client";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const answer = await answerCodeSearch(await getDatabase(), params);
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
