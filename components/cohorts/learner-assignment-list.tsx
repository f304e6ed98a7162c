import Link from "next/link";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import type { ItemResult } from "@/lib/cohorts/gradebook";
import type { LearnerAssignment } from "@/lib/cohorts/learner-cohorts";
import { AssignmentStateBadge } from "./assignment-state";
import { formatMoment } from "./format";

function ItemStatus({ result }: { result: ItemResult | undefined }) {
  if (!result || result.status === "not-started") return <span className="text-xs text-muted">Not started</span>;
  if (result.status === "unavailable") return <Badge variant="neutral">Not available yet</Badge>;
  return (
    <span className="flex items-center gap-1">
      {result.late && <Badge variant="warning">Late</Badge>}
      {result.status === "in-progress" && <span className="text-xs text-muted">not passed yet</span>}
      {result.score !== null && <Badge variant={scoreTone(result.score)}>{result.score}</Badge>}
    </span>
  );
}

/** A learner's assignments: what to do, by when, and where they stand on each item. */
export function LearnerAssignmentList({ assignments, showCohort = false, now }: { assignments: LearnerAssignment[]; showCohort?: boolean; now: Date }) {
  return (
    <ul className="space-y-3">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="rounded-xl border border-border bg-surface p-4" data-testid="learner-assignment">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="font-semibold text-fg">{assignment.title}</h3>
              <p className="text-sm text-muted">
                {showCohort && (
                  <>
                    <Link href={`/cohorts/${assignment.cohortId}`} className="text-brand hover:underline">
                      {assignment.cohortName}
                    </Link>{" "}
                    ·{" "}
                  </>
                )}
                {assignment.opensAt.getTime() > now.getTime() ? `Opens ${formatMoment(assignment.opensAt)} · ` : ""}Due {formatMoment(assignment.dueAt)}
              </p>
            </div>
            <AssignmentStateBadge state={assignment.state} />
          </div>
          {assignment.instructions && <p className="mt-2 text-sm whitespace-pre-line text-fg">{assignment.instructions}</p>}
          {assignment.state !== "upcoming" && (
            <ol className="mt-3 divide-y divide-border border-t border-border">
              {assignment.items.map((item, index) => (
                <li key={`${item.kind}:${item.ref}`} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <span className="min-w-0">
                    <span className="text-xs text-muted">{item.kindLabel} · </span>
                    {item.href ? (
                      <Link href={item.href} className="font-medium text-brand hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      <span className="text-muted">{item.title}</span>
                    )}
                  </span>
                  <ItemStatus result={assignment.cell.items[index]} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
