import Link from "next/link";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { GradebookRow } from "@/lib/cohorts/load-gradebook";
import type { ActionResult } from "@/lib/result";
import { ConfirmButton } from "./confirm-button";
import { formatDay } from "./format";

type Remove = (input: { cohortId: string; learnerId: string }) => Promise<ActionResult<unknown>>;

/** The cohort's learners: when they joined, how they stand, and a way to remove one. */
export function RosterTable({ cohortId, rows, remove, readOnly }: { cohortId: string; rows: GradebookRow[]; remove: Remove; readOnly: boolean }) {
  if (rows.length === 0)
    return <EmptyState titleAs="h3" title="Nobody has joined yet" description="Share the join code or link; learners appear here as soon as they join." />;
  return (
    <Table label="Learners in this cohort">
      <THead>
        <TR>
          <TH>Learner</TH>
          <TH>Joined</TH>
          <TH numeric>Average</TH>
          {!readOnly && (
            <TH>
              <span className="sr-only">Remove</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.learnerId}>
            <TH scope="row">
              <Link href={`/instructor/cohorts/${cohortId}/learners/${row.learnerId}`} className="font-medium text-brand hover:underline">
                {row.name ?? row.email}
              </Link>
              <span className="block text-xs font-normal text-muted">{row.email}</span>
            </TH>
            <TD className="whitespace-nowrap">{formatDay(row.joinedAt)}</TD>
            <TD numeric>
              {row.standing.average === null ? (
                <span className="text-muted">–</span>
              ) : (
                <Badge variant={scoreTone(row.standing.average)}>{row.standing.average}</Badge>
              )}
              {row.standing.fallingBehind && <span className="block text-xs text-danger">Falling behind</span>}
            </TD>
            {!readOnly && (
              <TD className="text-right">
                <ConfirmButton
                  action={remove}
                  input={{ cohortId, learnerId: row.learnerId }}
                  label="Remove"
                  title={`Remove ${row.name ?? row.email}?`}
                  description="They leave the cohort and its gradebook, and stop seeing its assignments. Their own practice history stays theirs. They can come back only with a code you issue after this."
                  confirmLabel="Remove learner"
                  done="Learner removed"
                />
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
