import type { Metadata } from "next";
import { z } from "zod";
import { reviewDisputeAction } from "@/app/(app)/instructor/disputes/actions";
import { requireRole } from "@/app/_lib/require-user";
import { DisputeFilter } from "@/components/disputes/dispute-filter";
import { DisputeGroups } from "@/components/disputes/dispute-groups";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { getDatabase } from "@/lib/db/client";
import { caseFilePath } from "@/lib/practice/case-file";
import { groupDisputesByLine, listReviewableDisputes } from "@/lib/practice/dispute-review";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Answer-key disputes" };

const QuerySchema = z.object({ status: z.enum(["OPEN", "ACCEPTED", "REJECTED", "ALL"]).catch("OPEN").default("OPEN") });

export default async function DisputesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN", "/admin/disputes");
  const { status } = QuerySchema.parse(await searchParams);
  const disputes = await listReviewableDisputes(await getDatabase(), admin, status === "ALL" ? {} : { status });

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Admin"
        title="Answer-key disputes"
        description="Every learner's disputes, grouped by case and key line so a line many learners dispute stands out. Reply with your decision; an accepted dispute is fixed in the case file, whose version then goes up."
      />
      <DisputeFilter basePath="/admin/disputes" current={status} />
      <DisputeGroups groups={groupDisputesByLine(disputes)} review={reviewDisputeAction} contentPath={caseFilePath} />
    </PageContainer>
  );
}
