import { cn } from "@/components/ui/cn";
import { formatClock } from "@/lib/simulation/clock";
import type { DayView } from "@/lib/workday/day-view";

const KIND_TONE: Record<DayView["blocks"][number]["kind"], string> = {
  "queue-check": "bg-surface-2",
  coding: "bg-brand-soft",
  lunch: "bg-surface-2",
  denials: "bg-warning-soft",
  education: "bg-success-soft",
  "wrap-up": "bg-brand-soft",
};

/** The day as a bar from log-in to log-off: each block in its slot, the current one outlined, and a marker at the clock. */
export function DayTimeline({ view }: { view: DayView }) {
  const span = view.dayEnd - view.dayStart;
  const at = (minute: number) => `${(100 * Math.min(span, Math.max(0, minute - view.dayStart))) / span}%`;
  return (
    <div>
      <div className="relative h-12 overflow-hidden rounded-lg border border-border bg-surface" aria-hidden>
        {view.blocks.map((block) => (
          <div
            key={block.id}
            className={cn(
              "absolute inset-y-0 border-r border-border px-1.5 py-1 text-[0.7rem] leading-tight text-fg",
              KIND_TONE[block.kind],
              block.status === "current" && "ring-2 ring-brand ring-inset",
              block.status === "missed" && "line-through opacity-40",
            )}
            style={{ left: at(block.start), width: `calc(${at(block.end)} - ${at(block.start)})` }}
            title={`${block.title}, ${formatClock(block.start)}–${formatClock(block.end)}`}
          >
            <span className="line-clamp-2">{block.title}</span>
          </div>
        ))}
        <div className="absolute inset-y-0 w-0.5 bg-danger" style={{ left: at(view.clock) }} />
      </div>
      <ol className="sr-only">
        {view.blocks.map((block) => (
          <li key={block.id}>
            {block.title}, {formatClock(block.start)} to {formatClock(block.end)}: {block.status === "current" ? "now" : block.status}
          </li>
        ))}
      </ol>
      <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden>
        <span>{formatClock(view.dayStart)}</span>
        <span>{formatClock(view.dayEnd)}</span>
      </div>
    </div>
  );
}
