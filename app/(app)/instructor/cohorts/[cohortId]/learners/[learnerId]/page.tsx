import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { formatDay, formatMoment, plural } from "@/components/cohorts/format";
import { DenialWorkList, WorkdayRunList } from "@/components/cohorts/scenario-work-list";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { loadLearnerWork } from "@/lib/cohorts/learner-work";
import { getDatabase } from "@/lib/db/client";
import { findCase } from "@/lib/practice/case-catalog";
import { formatDuration } from "@/lib/practice/format-duration";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Learner" };

export default async function LearnerPage({ params }: { params: Promise<{ cohortId: string; learnerId: string }> }) {
  const { cohortId, learnerId } = await params;
  const user = await requireTeacher(`/instructor/cohorts/${cohortId}/learners/${learnerId}`);
  const work = await orNotFound(loadLearnerWork(await getDatabase(), user, cohortId, learnerId));
  const base = `/instructor/cohorts/${cohortId}/learners/${learnerId}`;

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/instructor" className="hover:text-fg hover:underline">
          Teaching
        </Link>
        <span aria-hidden> / </span>
        <Link href={`/instructor/cohorts/${cohortId}/gradebook`} className="hover:text-fg hover:underline">
          {work.cohort.name}
        </Link>
      </nav>
      <PageHeader
        eyebrow="Learner"
        title={work.learner.name ?? work.learner.email}
        description={`${work.learner.email} · joined ${formatDay(work.learner.joinedAt)}. You see their work on this cohort's assignments from the day they joined.`}
      />

      <section aria-labelledby="standing-title" className="mt-8">
        <h2 id="standing-title" className="text-xl font-bold text-fg">
          Assignments
        </h2>
        {work.assignments.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No assignments yet.</p>
        ) : (
          <div className="mt-4">
            <Table label="Assignments">
              <THead>
                <TR>
                  <TH>Assignment</TH>
                  <TH>Due</TH>
                  <TH numeric>Score</TH>
                  <TH numeric>Attempts</TH>
                  <TH numeric>Time</TH>
                </TR>
              </THead>
              <TBody>
                {work.assignments.map((assignment) => (
                  <TR key={assignment.id}>
                    <TH scope="row">{assignment.title}</TH>
                    <TD className="whitespace-nowrap">{formatMoment(assignment.dueAt)}</TD>
                    <TD numeric>
                      {assignment.cell.late && (
                        <Badge variant="warning" className="mr-1">
                          Late
                        </Badge>
                      )}
                      {assignment.cell.score === null ? (
                        <span className="text-muted">–</span>
                      ) : (
                        <Badge variant={scoreTone(assignment.cell.score)}>{assignment.cell.score}</Badge>
                      )}
                    </TD>
                    <TD numeric>{assignment.cell.attempts}</TD>
                    <TD numeric className="font-mono">
                      {assignment.cell.seconds === null ? "–" : formatDuration(assignment.cell.seconds)}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="attempts-title" className="mt-10">
        <h2 id="attempts-title" className="text-xl font-bold text-fg">
          Attempts at assigned cases
        </h2>
        {work.attempts.length === 0 ? (
          <EmptyState className="mt-4" titleAs="h3" title="No attempts yet" description="Attempts at this cohort's cases appear here once submitted." />
        ) : (
          <ol className="mt-4 divide-y divide-border rounded-xl border border-border bg-surface">
            {work.attempts.map((attempt) => (
              <li key={attempt.id} className="flex items-center gap-3 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={`${base}/attempts/${attempt.id}`} className="block truncate font-medium text-brand hover:underline">
                    {findCase(attempt.caseId)?.title ?? attempt.caseId}
                  </Link>
                  <p className="text-xs text-muted">
                    {formatMoment(attempt.createdAt)} · {formatDuration(attempt.durationSeconds)} · key v{attempt.caseVersion}
                  </p>
                </div>
                <Badge variant={scoreTone(attempt.score)}>{attempt.score}</Badge>
              </li>
            ))}
          </ol>
        )}
        <p className="mt-2 text-xs text-muted">{plural(work.attempts.length, "attempt")} since joining.</p>
      </section>

      {work.assignments.some((assignment) => assignment.items.some((item) => item.kind === "DENIAL_SCENARIO")) && (
        <section aria-labelledby="denials-title" className="mt-10">
          <h2 id="denials-title" className="text-xl font-bold text-fg">
            Work on assigned denials
          </h2>
          <DenialWorkList work={work.denialWork} />
        </section>
      )}

      {work.assignments.some((assignment) => assignment.items.some((item) => item.kind === "WORKDAY_SCENARIO")) && (
        <section aria-labelledby="workdays-title" className="mt-10">
          <h2 id="workdays-title" className="text-xl font-bold text-fg">
            Days of assigned workday scenarios
          </h2>
          <WorkdayRunList runs={work.workdayRuns} />
        </section>
      )}
    </PageContainer>
  );
}
