import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canTeach } from "@/lib/auth/policy";
import { gradebookToCsv, loadGradebook } from "@/lib/cohorts/load-gradebook";
import { CohortIdSchema } from "@/lib/cohorts/schemas";
import { getDatabase } from "@/lib/db/client";
import { DomainError, HTTP_STATUS_BY_CODE } from "@/lib/errors";

const ParamsSchema = z.object({ cohortId: CohortIdSchema });

/** The gradebook as CSV for a college gradebook's import, for the cohort's instructor only. */
export async function GET(_request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const parsed = ParamsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "That cohort does not exist." }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export a gradebook." }, { status: 401 });
  if (!canTeach(user)) return Response.json({ error: "Only instructors export gradebooks." }, { status: 403 });
  try {
    const gradebook = await loadGradebook(await getDatabase(), user, parsed.data.cohortId);
    const slug =
      gradebook.cohort.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "cohort";
    return new Response(`\uFEFF${gradebookToCsv(gradebook)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}-gradebook-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: HTTP_STATUS_BY_CODE[error.code] });
    throw error;
  }
}
