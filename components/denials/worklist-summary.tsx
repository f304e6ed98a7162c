import { formatCents } from "@/lib/claims/money";
import type { WorklistSummary } from "@/lib/denials/worklist";

/** The three numbers a denial team watches: open denied dollars, dollars recovered, claims near a deadline. */
export function WorklistSummaryCards({ summary }: { summary: WorklistSummary }) {
  const cards = [
    { label: "Open denied dollars", value: formatCents(summary.openDenied), note: `${summary.open} of ${summary.total} claims open` },
    { label: "Recovered", value: formatCents(summary.recovered), note: "Paid after your corrections and appeals" },
    { label: "At risk", value: String(summary.atRisk), note: "Open claims with 30 days or less to their deadline" },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {cards.map((card) => (
        <div key={card.label} className="rounded-xl border border-border bg-surface p-4 shadow-xs">
          <dt className="text-sm font-medium text-muted">{card.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-fg tabular-nums">{card.value}</dd>
          <dd className="mt-1 text-xs text-muted">{card.note}</dd>
        </div>
      ))}
    </dl>
  );
}
