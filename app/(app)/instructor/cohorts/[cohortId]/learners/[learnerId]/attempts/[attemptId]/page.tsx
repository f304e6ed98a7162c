import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { formatMoment } from "@/components/cohorts/format";
import { AttemptReview } from "@/components/practice/attempt-review";
import { getLearnerAttempt } from "@/lib/cohorts/learner-work";
import { getDatabase } from "@/lib/db/client";
import { findCase } from "@/lib/practice/case-catalog";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Learner's attempt" };

export default async function LearnerAttemptPage({ params }: { params: Promise<{ cohortId: string; learnerId: string; attemptId: string }> }) {
  const { cohortId, learnerId, attemptId } = await params;
  const user = await requireTeacher(`/instructor/cohorts/${cohortId}/learners/${learnerId}/attempts/${attemptId}`);
  const { cohort, learner, attempt } = await orNotFound(getLearnerAttempt(await getDatabase(), user, cohortId, learnerId, attemptId));
  const chartCase = findCase(attempt.caseId);
  if (!chartCase) notFound();
  const learnerName = learner.name ?? learner.email;

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/instructor/cohorts/${cohortId}/gradebook`} className="hover:text-fg hover:underline">
          {cohort.name}
        </Link>
        <span aria-hidden> / </span>
        <Link href={`/instructor/cohorts/${cohortId}/learners/${learnerId}`} className="hover:text-fg hover:underline">
          {learnerName}
        </Link>
      </nav>
      <header className="mt-2 border-b border-border pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-fg">{chartCase.title}</h1>
        <p className="mt-1 text-sm text-muted">
          {learnerName}&apos;s attempt of {formatMoment(attempt.createdAt)}, graded against version {attempt.caseVersion} of the key
          {attempt.caseVersion !== chartCase.version ? ` (the key is now at version ${chartCase.version})` : ""}. Read-only: the feedback exactly as they saw
          it.
        </p>
      </header>
      <div className="mt-6">
        <AttemptReview
          caseId={attempt.caseId}
          attemptId={attempt.id}
          documents={chartCase.documents}
          grade={attempt.grade}
          durationSeconds={attempt.durationSeconds}
          disputedLines={[]}
          readOnly
        />
      </div>
    </div>
  );
}
