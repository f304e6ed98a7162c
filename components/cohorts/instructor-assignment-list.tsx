import Link from "next/link";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { Gradebook } from "@/lib/cohorts/load-gradebook";
import type { ActionResult } from "@/lib/result";
import { ConfirmButton } from "./confirm-button";
import { formatMoment } from "./format";

type Remove = (input: { cohortId: string; assignmentId: string }) => Promise<ActionResult<unknown>>;

/** The cohort's assignments with how many learners finished each, a link to its item analysis, and withdraw. */
export function InstructorAssignmentList({
  cohortId,
  assignments,
  remove,
  readOnly,
}: {
  cohortId: string;
  assignments: Gradebook["assignments"];
  remove: Remove;
  readOnly: boolean;
}) {
  if (assignments.length === 0)
    return <EmptyState titleAs="h3" title="No assignments yet" description="Set the first one below: a case, a lesson, or a set of them, with a due date." />;
  return (
    <ul className="space-y-3">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="rounded-xl border border-border bg-surface p-4" data-testid="instructor-assignment">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <h3 className="font-semibold text-fg">
                <Link href={`/instructor/cohorts/${cohortId}/assignments/${assignment.id}`} className="hover:underline">
                  {assignment.title}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                Opens {formatMoment(assignment.opensAt)} · due {formatMoment(assignment.dueAt)}
              </p>
            </div>
            <div className="flex items-center gap-2 text-sm text-muted">
              <span>
                <strong className="text-fg">{assignment.summary.complete}</strong>/{assignment.summary.learners} done
              </span>
              {assignment.summary.averageScore !== null && (
                <Badge variant={scoreTone(assignment.summary.averageScore)}>{assignment.summary.averageScore}</Badge>
              )}
            </div>
          </div>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {assignment.items.map((item) => (
              <li key={`${item.kind}:${item.ref}`} className="max-w-full min-w-0">
                <Badge variant={item.available ? "neutral" : "warning"} wrap>
                  {item.kindLabel}: {item.title}
                </Badge>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap gap-2">
            <Link href={`/instructor/cohorts/${cohortId}/assignments/${assignment.id}`} className="text-sm font-medium text-brand hover:underline">
              Item analysis
            </Link>
            {!readOnly && (
              <ConfirmButton
                action={remove}
                input={{ cohortId, assignmentId: assignment.id }}
                label="Withdraw"
                title={`Withdraw “${assignment.title}”?`}
                description="It leaves the learners' lists and the gradebook. Their attempts stay in their own history."
                confirmLabel="Withdraw"
                done="Assignment withdrawn"
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
