// GET /api/codes/{code}?system=…&page=N&dose=30+mg: one code with its place in the hierarchy, parents, children, the
// billable codes under a header (page N of them), FY2026 changes, the guideline section, the Tabular List notes
// (ICD-10-CM, when loaded) and, for a code billed per an amount, the units a dose bills as.
import { getCodeDirectory } from "@/lib/codes/code-directory";
import { unitsForCode } from "@/lib/codes/dose-units";
import { CodeLookupSchema, firstIssueMessage } from "@/lib/codes/schemas";
import { getTabularNotes } from "@/lib/codes/tabular-notes";
import { getDatabase } from "@/lib/db/client";
import { DomainError, HTTP_STATUS_BY_CODE } from "@/lib/errors";
import { segmentParam } from "@/lib/validation/fields";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const search = new URL(request.url).searchParams;
  const parsed = CodeLookupSchema.safeParse({
    code: segmentParam((await params).code),
    system: search.get("system") ?? undefined,
    page: search.get("page") ?? undefined,
    dose: search.get("dose") ?? undefined,
  });
  if (!parsed.success) return Response.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const db = await getDatabase();
  const directory = await getCodeDirectory(db);
  try {
    const detail = directory.detail(parsed.data.code, parsed.data.system, parsed.data.page);
    const notes = detail.system === "icd10cm" ? await getTabularNotes(db, detail.code) : undefined;
    const units = parsed.data.dose ? unitsForCode(detail.description, parsed.data.dose) : undefined;
    return Response.json({ ...detail, ...(notes && { notes }), ...(parsed.data.dose && { units }) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: HTTP_STATUS_BY_CODE[error.code] });
    throw error;
  }
}
