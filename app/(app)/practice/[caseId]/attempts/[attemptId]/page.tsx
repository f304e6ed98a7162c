import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { LearnerDisputesPanel } from "@/components/disputes/learner-disputes-panel";
import { AttemptReview } from "@/components/practice/attempt-review";
import { RegradeButton } from "@/components/practice/regrade-button";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getDatabase } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getAttempt } from "@/lib/practice/attempts";
import { debriefOf, findCase } from "@/lib/practice/case-catalog";
import { CaseDebrief } from "@/components/practice/case-debrief";
import { listLearnerCaseDisputes, markRepliesSeen } from "@/lib/practice/dispute-review";
import { disputedLineIds } from "@/lib/practice/disputes";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Attempt review" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function AttemptPage({ params }: { params: Promise<{ caseId: string; attemptId: string }> }) {
  const { caseId, attemptId } = await params;
  const user = await requireUser(`/practice/${caseId}/attempts/${attemptId}`);
  const chartCase = findCase(caseId);
  if (!chartCase || !/^[a-z0-9]{1,40}$/i.test(attemptId)) notFound();
  // A renamed case's old address still works.
  if (chartCase.id !== caseId) permanentRedirect(`/practice/${chartCase.id}/attempts/${attemptId}`);
  const db = await getDatabase();
  const attempt = await getAttempt(db, user.id, attemptId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!attempt || attempt.caseId !== caseId) notFound();
  const [disputed, disputes] = await Promise.all([disputedLineIds(db, user.id, caseId), listLearnerCaseDisputes(db, user.id, caseId)]);
  // Reading this page is reading the replies: the notice on /progress goes away.
  await markRepliesSeen(db, user.id, caseId);

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice" className="hover:text-fg hover:underline">
          Practice
        </Link>
        <span aria-hidden> / </span>
        <Link href={`/practice/${caseId}`} className="hover:text-fg hover:underline">
          {chartCase.title}
        </Link>
      </nav>
      <header className="mt-2 flex flex-col gap-3 border-b border-border pb-5 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-fg">Attempt of {dateFormat.format(attempt.createdAt)} (UTC)</h1>
          <p className="mt-1 text-sm text-muted">
            Graded against version {attempt.caseVersion} of the key
            {attempt.caseVersion !== chartCase.version
              ? `; the key is now at version ${chartCase.version}, so the chart and rationale shown are the current ones`
              : ""}
            .
          </p>
        </div>
        <ButtonLink href={`/practice/${caseId}`}>Work this case again</ButtonLink>
      </header>
      {attempt.caseVersion < chartCase.version && (
        <Alert variant="warning" className="mt-6" title={`The key changed after this attempt (v${attempt.caseVersion} → v${chartCase.version})`}>
          <p>
            This attempt keeps the grade it got under version {attempt.caseVersion}. Regrade it to see how the same answer scores against the corrected key;
            that is recorded as a new attempt.
          </p>
          <div className="mt-2">
            <RegradeButton caseId={caseId} attemptId={attempt.id} />
          </div>
        </Alert>
      )}
      <LearnerDisputesPanel disputes={disputes} />
      <div className="mt-6">
        <AttemptReview
          caseId={caseId}
          attemptId={attempt.id}
          documents={chartCase.documents}
          grade={attempt.grade}
          durationSeconds={attempt.durationSeconds}
          disputedLines={disputed}
          formRows={attempt.answer.formRows}
        />
        <div className="mt-6 max-w-3xl">
          <CaseDebrief debrief={debriefOf(chartCase)} />
        </div>
      </div>
    </div>
  );
}
