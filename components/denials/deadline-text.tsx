import type { Deadline } from "@/lib/claims/deadlines";
import { cn } from "@/components/ui/cn";

/** The deadline that applies, with days left coloured by urgency. */
export function DeadlineText({ deadline, compact }: { deadline: Deadline | null; compact?: boolean }) {
  if (!deadline) return <span className="text-muted">—</span>;
  if (!deadline.available) return <span className="text-sm text-muted">{compact ? "No appeal rights" : (deadline.note ?? "Not available")}</span>;
  const urgent = deadline.daysLeft <= 30;
  const passed = deadline.daysLeft < 0;
  return (
    <span className="inline-flex flex-col leading-tight">
      <span className={cn("font-semibold tabular-nums", passed ? "text-danger" : urgent ? "text-warning" : "text-fg")}>
        {passed ? `${-deadline.daysLeft} days late` : `${deadline.daysLeft} days left`}
      </span>
      {compact ? (
        // A worklist row has room for the date only; the claim's page names the deadline in full.
        <span className="text-xs text-muted tabular-nums" title={deadline.label}>
          by {deadline.due}
          <span className="sr-only"> ({deadline.label})</span>
        </span>
      ) : (
        <span className="text-xs text-muted">
          {deadline.label} · {deadline.due}
        </span>
      )}
    </span>
  );
}
