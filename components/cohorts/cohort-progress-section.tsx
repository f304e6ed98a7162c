import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { DISPUTE_STATUS } from "@/components/disputes/dispute-thread";
import { Badge } from "@/components/ui/badge";
import { loadDueWork } from "@/lib/cohorts/learner-cohorts";
import { getDatabase } from "@/lib/db/client";
import { listUnseenReplies } from "@/lib/practice/dispute-review";
import { LearnerAssignmentList } from "./learner-assignment-list";

/**
 * The progress page's cohort section: new replies to the learner's disputes, and what their cohorts have due.
 * Renders nothing for a learner with neither.
 */
export async function CohortProgressSection({ userId }: { userId: string }) {
  const db = await getDatabase();
  const now = new Date();
  const [{ cohorts, todo }, replies] = await Promise.all([loadDueWork(db, userId, now), listUnseenReplies(db, userId)]);
  if (cohorts.length === 0 && replies.length === 0) return null;
  return (
    <section aria-labelledby="cohort-work-title" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 id="cohort-work-title" className="text-xl font-bold text-fg">
          From your cohorts
        </h2>
        <Link href="/cohorts" className="text-sm font-medium text-brand hover:underline">
          Your cohorts
        </Link>
      </div>
      {replies.length > 0 && (
        <Alert variant="info" className="mt-4" title={replies.length === 1 ? "A reply to your dispute" : `${replies.length} replies to your disputes`}>
          <ul className="space-y-1" data-testid="dispute-reply-notices">
            {replies.map((reply) => (
              <li key={reply.id} className="flex flex-wrap items-center gap-1.5">
                <Badge variant={DISPUTE_STATUS[reply.status].variant}>{DISPUTE_STATUS[reply.status].label}</Badge>
                <Link
                  href={reply.dispute.attemptId ? `/practice/${reply.dispute.caseId}/attempts/${reply.dispute.attemptId}` : `/practice/${reply.dispute.caseId}`}
                >
                  {reply.caseTitle}, {reply.dispute.kind === "MISSING_LINE" ? `missing ${reply.dispute.missingCode}` : `line ${reply.dispute.keyLineId}`}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {cohorts.length > 0 && (
        <div className="mt-4">
          {todo.length === 0 ? (
            <p className="text-sm text-muted">Nothing due: you are up to date.</p>
          ) : (
            <LearnerAssignmentList assignments={todo} showCohort now={now} />
          )}
        </div>
      )}
    </section>
  );
}
