import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { CohortNav } from "@/components/cohorts/cohort-nav";
import { GradebookTable } from "@/components/cohorts/gradebook-table";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { FamilyAccuracyTable } from "@/components/practice/family-accuracy-table";
import { ButtonLink } from "@/components/ui/button";
import { loadCohortFamilies } from "@/lib/cohorts/load-item-analysis";
import { loadGradebook } from "@/lib/cohorts/load-gradebook";
import { getDatabase } from "@/lib/db/client";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const user = await requireTeacher(`/instructor/cohorts/${cohortId}/gradebook`);
  const db = await getDatabase();
  const now = new Date();
  const gradebook = await orNotFound(loadGradebook(db, user, cohortId, now));
  const families = await loadCohortFamilies(db, user, cohortId);

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/instructor" className="hover:text-fg hover:underline">
          Teaching
        </Link>
      </nav>
      <PageHeader
        eyebrow="Gradebook"
        title={gradebook.cohort.name}
        description="Each cell is the learner's best score on the assignment (a set averages its items; an item not started counts 0), with attempts and time. Only work since the learner joined counts; late work is marked, not refused."
        actions={
          <ButtonLink href={`/instructor/cohorts/${cohortId}/gradebook/export`} variant="secondary" prefetch={false} download>
            Export CSV
          </ButtonLink>
        }
      />
      <CohortNav cohortId={cohortId} current="/gradebook" />
      <div className="mt-6">
        <GradebookTable gradebook={gradebook} now={now} />
      </div>
      <section aria-labelledby="families-title" className="mt-10">
        <h2 id="families-title" className="text-xl font-bold text-fg">
          Weakest code families across the cohort
        </h2>
        <p className="mt-1 text-sm text-muted">From each learner&apos;s first attempt at every assigned case: what to reteach first.</p>
        <div className="mt-4">
          <FamilyAccuracyTable rows={families} limit={8} />
        </div>
      </section>
    </PageContainer>
  );
}
