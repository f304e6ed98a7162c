// GET /api/salary/projection?state=&setting=&years=&credentials=cpc,coc&remote=1: the year-by-year projection as JSON,
// with the model's notes as codes with values (`notes`) and worded for reading (`assumptions`).
import { getGuide } from "@/lib/content/get-guide";
import { loadSalaryNoteTemplates } from "@/lib/content/load-salary-model";
import { wordSalaryNote } from "@/lib/salary/notes";
import { projectSalary } from "@/lib/salary/project-salary";
import { queryProblem, SalaryQuerySchema } from "@/lib/salary/schemas";

export async function GET(request: Request) {
  const parsed = SalaryQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: queryProblem(parsed.error) }, { status: 400 });
  const projection = projectSalary(parsed.data, getGuide().facts);
  const templates = loadSalaryNoteTemplates();
  return Response.json(
    { ...projection, assumptions: projection.notes.map((note) => wordSalaryNote(note, templates)) },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
