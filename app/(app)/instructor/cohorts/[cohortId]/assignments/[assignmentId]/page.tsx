import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { formatMoment } from "@/components/cohorts/format";
import { CaseAnalysisView } from "@/components/cohorts/item-analysis-view";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { loadAssignmentAnalysis } from "@/lib/cohorts/load-item-analysis";
import { getDatabase } from "@/lib/db/client";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemAnalysisPage({ params }: { params: Promise<{ cohortId: string; assignmentId: string }> }) {
  const { cohortId, assignmentId } = await params;
  const user = await requireTeacher(`/instructor/cohorts/${cohortId}/assignments/${assignmentId}`);
  const analysis = await orNotFound(loadAssignmentAnalysis(await getDatabase(), user, cohortId, assignmentId));

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/instructor" className="hover:text-fg hover:underline">
          Teaching
        </Link>
        <span aria-hidden> / </span>
        <Link href={`/instructor/cohorts/${cohortId}`} className="hover:text-fg hover:underline">
          {analysis.cohort.name}
        </Link>
      </nav>
      <PageHeader
        eyebrow="Item analysis"
        title={analysis.assignment.title}
        description={`Due ${formatMoment(analysis.assignment.dueAt)}. For each case, every key line's percent correct from each learner's first attempt, what they wrote instead, and why partly correct lines lost points: the lines to reteach.`}
      />
      {analysis.unavailable.length > 0 && (
        <Alert variant="info" className="mt-6">
          Not analysed here: {analysis.unavailable.join(", ")}.
        </Alert>
      )}
      {analysis.cases.length === 0 ? (
        <EmptyState
          className="mt-8"
          title="No chart cases in this assignment"
          description="Item analysis covers chart cases; lesson, denial and workday scores are in the gradebook, and each learner's page shows their outcomes."
        />
      ) : (
        analysis.cases.map((entry) => <CaseAnalysisView key={entry.caseId} {...entry} />)
      )}
    </PageContainer>
  );
}
