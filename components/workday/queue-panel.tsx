import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DayView } from "@/lib/workday/day-view";

/** The coding queue: STAT charts first, each with its expected minutes; open one to code it. */
export function QueuePanel({
  queue,
  canCode,
  pending,
  onOpen,
}: {
  queue: DayView["queue"];
  canCode: boolean;
  pending: boolean;
  onOpen: (caseId: string) => void;
}) {
  const waiting = queue.filter((chart) => chart.status === "queued").length;
  return (
    <section aria-labelledby="queue-title" className="rounded-xl border border-border bg-surface">
      <header className="flex items-baseline justify-between gap-2 border-b border-border px-4 py-3">
        <h2 id="queue-title" className="font-semibold text-fg">
          Your queue
        </h2>
        <span className="text-sm text-muted">
          {waiting} waiting · {queue.length - waiting} done
        </span>
      </header>
      <ol className="divide-y divide-border">
        {queue.map((chart, index) => (
          <li key={chart.caseId} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <span className="w-6 text-right font-mono text-xs text-muted">{index + 1}</span>
            <div className="min-w-0 flex-1">
              <p className={chart.status === "queued" ? "font-medium text-fg" : "text-muted"}>{chart.title}</p>
              <p className="text-xs text-muted">
                {chart.difficulty} · about {chart.minutes} min{chart.costMinutes !== undefined ? ` · took ${chart.costMinutes} min` : ""}
                {chart.dueBy ? ` · due by ${chart.dueBy}` : ""}
              </p>
            </div>
            {chart.stat && <Badge variant="danger">STAT</Badge>}
            {chart.status === "coded" && <Badge variant="success">Coded</Badge>}
            {chart.status === "rolled-over" && <Badge variant="warning">Rolled over</Badge>}
            {chart.status === "queued" && canCode && (
              <Button
                type="button"
                size="sm"
                variant={index === 0 ? "primary" : "secondary"}
                disabled={pending}
                onClick={() => onOpen(chart.caseId)}
                aria-label={`Code ${chart.title}`}
              >
                Code
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
