import { Badge } from "@/components/ui/badge";
import type { ReviewableDispute } from "@/lib/practice/dispute-review";
import { DISPUTE_STATUS, DisputeThread } from "./dispute-thread";

/** The learner's disputes on a case, each with its status and the reviewer's replies. */
export function LearnerDisputesPanel({ disputes }: { disputes: ReviewableDispute[] }) {
  if (disputes.length === 0) return null;
  return (
    <section aria-labelledby="my-disputes-title" className="mt-6 rounded-xl border border-border bg-surface p-4">
      <h2 id="my-disputes-title" className="font-semibold text-fg">
        Your disputes on this case
      </h2>
      <ul className="mt-3 divide-y divide-border">
        {disputes.map((dispute) => (
          <li key={dispute.id} className="py-3" data-testid="my-dispute">
            <p className="flex flex-wrap items-center gap-1.5 text-sm">
              <Badge variant={DISPUTE_STATUS[dispute.status].variant}>{DISPUTE_STATUS[dispute.status].label}</Badge>
              <span className="font-medium text-fg">
                {dispute.kind === "MISSING_LINE" ? (
                  <>
                    Missing code <span className="font-mono">{dispute.code}</span>
                  </>
                ) : (
                  <>
                    Line {dispute.keyLineId}
                    {dispute.code ? (
                      <>
                        {" "}
                        (<span className="font-mono">{dispute.code}</span>)
                      </>
                    ) : null}
                  </>
                )}
              </span>
              <span className="text-muted">· key v{dispute.caseVersion}</span>
            </p>
            <div className="mt-2">
              <DisputeThread note={dispute.note} createdAt={dispute.createdAt} author="You" replies={dispute.replies} />
            </div>
            {dispute.replies.length === 0 && <p className="mt-2 text-xs text-muted">Waiting for your instructor or an editor to reply.</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
