// GET /api/codes/{code}?system=…: one code with its place in the hierarchy, parents and children.
import { getCodeDirectory } from "@/lib/codes/code-directory";
import { CodeLookupSchema, firstIssueMessage } from "@/lib/codes/schemas";
import { getDatabase } from "@/lib/db/client";
import { DomainError, HTTP_STATUS_BY_CODE } from "@/lib/errors";
import { segmentParam } from "@/lib/validation/fields";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const system = new URL(request.url).searchParams.get("system") ?? undefined;
  const parsed = CodeLookupSchema.safeParse({ code: segmentParam((await params).code), system });
  if (!parsed.success) return Response.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const directory = await getCodeDirectory(await getDatabase());
  try {
    return Response.json(directory.detail(parsed.data.code, parsed.data.system), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: HTTP_STATUS_BY_CODE[error.code] });
    throw error;
  }
}
