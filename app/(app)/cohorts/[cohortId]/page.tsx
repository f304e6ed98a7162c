import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/require-teacher";
import { requireUser } from "@/app/_lib/require-user";
import { formatDay } from "@/components/cohorts/format";
import { LearnerAssignmentList } from "@/components/cohorts/learner-assignment-list";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { getLearnerCohort } from "@/lib/cohorts/learner-cohorts";
import { getDatabase } from "@/lib/db/client";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Cohort" };

export default async function LearnerCohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { cohortId } = await params;
  const user = await requireUser(`/cohorts/${cohortId}`);
  const now = new Date();
  const { cohort, assignments } = await orNotFound(getLearnerCohort(await getDatabase(), user.id, cohortId, now));
  const joined = (await searchParams).joined === "1";

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/cohorts" className="hover:text-fg hover:underline">
          Your cohorts
        </Link>
      </nav>
      <PageHeader
        eyebrow="Cohort"
        title={cohort.name}
        description={`${cohort.instructorName ? `Taught by ${cohort.instructorName} · ` : ""}${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)}. Your instructor sees your work on these assignments from ${formatDay(cohort.joinedAt)}, the day you joined.`}
      />
      {joined && (
        <Alert variant="success" className="mt-6">
          You joined {cohort.name}.
        </Alert>
      )}
      <section aria-labelledby="assignments-title" className="mt-8">
        <h2 id="assignments-title" className="text-xl font-bold text-fg">
          Assignments
        </h2>
        <div className="mt-4">
          {assignments.length === 0 ? (
            <EmptyState titleAs="h3" title="Nothing assigned yet" description="When your instructor sets work, it shows here and on your progress page." />
          ) : (
            <LearnerAssignmentList assignments={assignments} now={now} />
          )}
        </div>
      </section>
    </PageContainer>
  );
}
