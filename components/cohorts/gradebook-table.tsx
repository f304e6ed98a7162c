import Link from "next/link";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AssignmentCell } from "@/lib/cohorts/gradebook";
import type { Gradebook } from "@/lib/cohorts/load-gradebook";
import { formatDuration } from "@/lib/practice/format-duration";
import { formatDay, plural } from "./format";

function Cell({ cell, overdue }: { cell: AssignmentCell; overdue: boolean }) {
  if (cell.score === null) {
    return overdue ? (
      <Badge variant="danger">Missing</Badge>
    ) : (
      <span className="text-muted" aria-label="Not started">
        –
      </span>
    );
  }
  return (
    <div className="flex flex-col items-end gap-0.5">
      <span className="flex items-center gap-1">
        {cell.late && <Badge variant="warning">Late</Badge>}
        {!cell.complete && <Badge variant="neutral">In progress</Badge>}
        <Badge variant={scoreTone(cell.score)}>{cell.score}</Badge>
      </span>
      <span className="text-xs text-muted">
        {plural(cell.attempts, "attempt")}
        {cell.seconds !== null ? ` · ${formatDuration(cell.seconds)}` : ""}
      </span>
    </div>
  );
}

/** Learners × assignments: score (best attempt), attempts, time, late; each learner links to their work. */
export function GradebookTable({ gradebook, now }: { gradebook: Gradebook; now: Date }) {
  if (gradebook.rows.length === 0)
    return <EmptyState titleAs="h3" title="No learners yet" description="Share the join code on the Overview tab; learners appear here as they join." />;
  if (gradebook.assignments.length === 0)
    return (
      <EmptyState titleAs="h3" title="No assignments yet" description="Set an assignment on the Overview tab and scores appear here as learners submit." />
    );
  const base = `/instructor/cohorts/${gradebook.cohort.id}`;
  return (
    <Table label="Gradebook">
      <THead>
        <TR>
          <TH className="sticky left-0 z-10 border-r border-border bg-surface-2">Learner</TH>
          {gradebook.assignments.map((assignment) => (
            <TH key={assignment.id} numeric ownCase>
              <Link href={`${base}/assignments/${assignment.id}`} className="text-fg hover:underline">
                {assignment.title}
              </Link>
              <span className="block font-normal tracking-normal text-muted">due {formatDay(assignment.dueAt)}</span>
            </TH>
          ))}
          <TH numeric>Average</TH>
        </TR>
      </THead>
      <TBody>
        {gradebook.rows.map((row) => (
          <TR key={row.learnerId}>
            <TH scope="row" className="sticky left-0 z-10 border-r border-border bg-surface">
              <Link href={`${base}/learners/${row.learnerId}`} className="font-medium text-brand hover:underline">
                {row.name ?? row.email}
              </Link>
              <span className="block text-xs font-normal text-muted">{row.email}</span>
            </TH>
            {row.cells.map((cell, index) => (
              <TD key={gradebook.assignments[index]!.id} numeric>
                <Cell cell={cell} overdue={gradebook.assignments[index]!.dueAt.getTime() < now.getTime()} />
              </TD>
            ))}
            <TD numeric>
              {row.standing.average === null ? (
                <span className="text-muted">–</span>
              ) : (
                <Badge variant={scoreTone(row.standing.average)}>{row.standing.average}</Badge>
              )}
              {row.standing.fallingBehind && <span className="mt-0.5 block text-xs text-danger">{row.standing.reasons.join("; ")}</span>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
