// GET /api/salary/projection?state=&setting=&years=&credentials=cpc,coc&remote=1: the year-by-year projection as JSON.
import { getGuide } from "@/lib/content/get-guide";
import { projectSalary } from "@/lib/salary/project-salary";
import { SalaryProfileSchema } from "@/lib/salary/schemas";

export async function GET(request: Request) {
  const parsed = SalaryProfileSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid parameters." }, { status: 400 });
  const projection = projectSalary(parsed.data, getGuide().facts);
  return Response.json(projection, { headers: { "Cache-Control": "public, max-age=300" } });
}
