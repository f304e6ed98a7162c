import { Badge } from "@/components/ui/badge";
import type { DisputeReplyView } from "@/lib/practice/dispute-review";

export const DISPUTE_STATUS = {
  OPEN: { label: "Open", variant: "warning" },
  ACCEPTED: { label: "Accepted", variant: "success" },
  REJECTED: { label: "Rejected", variant: "neutral" },
} as const;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** A dispute's note and the reviewers' replies, oldest first. */
export function DisputeThread({ note, createdAt, author, replies }: { note: string; createdAt: Date; author: string; replies: DisputeReplyView[] }) {
  return (
    <ol className="space-y-2 text-sm">
      <li>
        <p className="text-xs text-muted">
          {author} · {dateFormat.format(createdAt)}
        </p>
        <p className="mt-0.5 whitespace-pre-line text-fg">{note}</p>
      </li>
      {replies.map((reply, index) => (
        <li key={index} className="border-l-2 border-brand/40 pl-3">
          <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
            <Badge variant={DISPUTE_STATUS[reply.status].variant}>{DISPUTE_STATUS[reply.status].label}</Badge>
            {reply.authorName ?? "Reviewer"} · {dateFormat.format(reply.createdAt)}
          </p>
          <p className="mt-0.5 whitespace-pre-line text-fg" data-testid="dispute-reply">
            {reply.body}
          </p>
        </li>
      ))}
    </ol>
  );
}
