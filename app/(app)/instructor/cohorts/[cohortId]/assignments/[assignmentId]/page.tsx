import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { formatMoment } from "@/components/cohorts/format";
import { DenialAnalysisView } from "@/components/cohorts/denial-analysis-view";
import { CaseAnalysisView } from "@/components/cohorts/case-analysis-view";
import { KnowledgeCheckAnalysisView } from "@/components/cohorts/knowledge-check-analysis-view";
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
        description={`Due ${formatMoment(analysis.assignment.dueAt)}. From each learner's first try since the assignment opened: every key line of a case, every question of a knowledge check and the decisions on a denial, with the share who got it right and what the others chose instead — what to reteach.`}
      />
      {analysis.unavailable.length > 0 && (
        <Alert variant="info" className="mt-6">
          Not analysed here: {analysis.unavailable.join(", ")}.
        </Alert>
      )}
      {analysis.workdays.length > 0 && (
        <Alert variant="info" className="mt-6">
          {analysis.workdays.join(", ")}: a workday is judged as a whole day (audit accuracy, charts an hour, denials worked); each learner&apos;s day is in the
          gradebook and on their page.
        </Alert>
      )}
      {analysis.items.length === 0 ? (
        <EmptyState
          className="mt-8"
          title="Nothing here to analyse item by item"
          description="Chart cases, knowledge checks and denial scenarios are analysed here; workday scores are in the gradebook."
        />
      ) : (
        analysis.items.map((item) => {
          switch (item.kind) {
            case "CHART_CASE":
              return <CaseAnalysisView key={`case-${item.ref}`} item={item} />;
            case "GUIDE_LESSON":
              return <KnowledgeCheckAnalysisView key={`lesson-${item.ref}`} item={item} />;
            case "DENIAL_SCENARIO":
              return <DenialAnalysisView key={`denial-${item.ref}`} item={item} />;
          }
        })
      )}
    </PageContainer>
  );
}
