import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/app/_lib/require-user";
import { DisputeFilter } from "@/components/disputes/dispute-filter";
import { DisputeGroups } from "@/components/disputes/dispute-groups";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { canTeach } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { caseFilePath } from "@/lib/practice/case-file";
import { groupDisputesByLine, listReviewableDisputes } from "@/lib/practice/dispute-review";
import { reviewDisputeAction } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your learners' disputes" };

const QuerySchema = z.object({ status: z.enum(["OPEN", "ACCEPTED", "REJECTED", "ALL"]).catch("OPEN").default("OPEN") });

export default async function InstructorDisputesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/instructor/disputes");
  if (!canTeach(user)) forbidden();
  const { status } = QuerySchema.parse(await searchParams);
  // An instructor's list holds only their own learners' disputes, raised after joining (an admin's holds all).
  const disputes = await listReviewableDisputes(
    await getDatabase(),
    { id: user.id, role: user.role === "ADMIN" ? "INSTRUCTOR" : user.role },
    status === "ALL" ? {} : { status },
  );

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Teaching"
        title="Your learners' disputes"
        description="Lines of an answer key your learners think are wrong, and codes they think it is missing. Reply with your decision: they see it on their attempt and get a notice on their progress page. When you accept, tell an editor (or an admin) so the case file is corrected."
      />
      <DisputeFilter basePath="/instructor/disputes" current={status} />
      <DisputeGroups groups={groupDisputesByLine(disputes)} review={reviewDisputeAction} contentPath={caseFilePath} />
    </PageContainer>
  );
}
