import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { DisputeGroup } from "@/lib/practice/dispute-review";
import type { FormActionFn } from "@/components/cohorts/use-submit";
import { DisputeReviewForm } from "./dispute-review-form";
import { DISPUTE_STATUS, DisputeThread } from "./dispute-thread";

/**
 * Disputes grouped by case and key line, the most disputed first, each with its thread and a reply form. A line
 * several learners dispute stands out with its count; accepting one is the cue to correct the case file.
 */
// How the grader treats the disputed line: a dispute about an optional line argues about points no one lost.
const LINE_STATUS = {
  required: "required by the key",
  optional: "optional (accepted, never penalised)",
  alternate: "an accepted alternate",
} as const;

export function DisputeGroups({
  groups,
  review,
  contentPath,
}: {
  groups: DisputeGroup[];
  review: FormActionFn<void>;
  contentPath: (caseId: string) => string | null;
}) {
  if (groups.length === 0)
    return (
      <EmptyState
        className="mt-6"
        title="No disputes here"
        description="When a learner disputes a line of an answer key, or argues for a code the key lacks, it is listed here with their note."
      />
    );
  return (
    <ul className="mt-6 space-y-4">
      {groups.map((group) => {
        const path = contentPath(group.caseId);
        const accepted = group.disputes.some((dispute) => dispute.status === "ACCEPTED" && dispute.currentVersion === dispute.caseVersion);
        return (
          <li key={`${group.caseId}|${group.keyLineId}`} className="rounded-xl border border-border bg-surface" data-testid="dispute-group">
            <div className="flex flex-wrap items-start justify-between gap-2 border-b border-border px-4 py-3">
              <div>
                <h2 className="font-semibold text-fg">
                  <Link href={`/practice/${group.caseId}`} className="hover:underline">
                    {group.caseTitle}
                  </Link>
                </h2>
                <p className="text-sm text-muted">
                  {group.kind === "MISSING_LINE" ? (
                    <>
                      Argued missing: <span className="font-mono text-fg">{group.code}</span>
                    </>
                  ) : (
                    <>
                      Line {group.keyLineId}
                      {group.code ? (
                        <>
                          {" "}
                          · <span className="font-mono text-fg">{group.code}</span>
                        </>
                      ) : null}
                      {group.lineStatus ? <> · {LINE_STATUS[group.lineStatus]}</> : null}
                    </>
                  )}
                </p>
              </div>
              <div className="flex gap-1.5">
                <Badge variant={group.disputes.length > 1 ? "danger" : "neutral"}>
                  {group.disputes.length} {group.disputes.length === 1 ? "dispute" : "disputes"}
                </Badge>
                {group.open > 0 && <Badge variant="warning">{group.open} open</Badge>}
              </div>
            </div>
            {accepted && path && (
              <p className="border-b border-border bg-success-soft/40 px-4 py-2 text-xs text-fg">
                Accepted: correct the key in <code className="font-mono">{path}</code> and raise its <code className="font-mono">version</code>. Attempts graded
                under the old key keep their grade, are marked, and can be regraded in one click.
              </p>
            )}
            <ul className="divide-y divide-border">
              {group.disputes.map((dispute) => (
                <li key={dispute.id} className="grid gap-4 px-4 py-4 md:grid-cols-[1fr_22rem]" data-testid="dispute">
                  <div className="space-y-2">
                    <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
                      <Badge variant={DISPUTE_STATUS[dispute.status].variant}>{DISPUTE_STATUS[dispute.status].label}</Badge>
                      key v{dispute.caseVersion}
                      {dispute.currentVersion !== null && dispute.currentVersion !== dispute.caseVersion && ` · now v${dispute.currentVersion}`}
                    </p>
                    <DisputeThread
                      note={dispute.note}
                      createdAt={dispute.createdAt}
                      author={dispute.learnerName ? `${dispute.learnerName} (${dispute.learnerEmail})` : dispute.learnerEmail}
                      replies={dispute.replies}
                    />
                  </div>
                  <DisputeReviewForm disputeId={dispute.id} status={dispute.status} action={review} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
