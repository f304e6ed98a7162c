"use client";

import { Badge } from "@/components/ui/badge";
import type { DayView } from "@/lib/workday/day-view";

/** The afternoon's denials, worked in the denials workbench's own pieces. */
export function DenialsPanel({ view }: { view: DayView; pending: boolean; onOpen: (denialId: string) => void; onWork: (denialId: string, work: unknown) => void }) {
  return (
    <section aria-labelledby="denials-title" className="rounded-xl border border-border bg-surface">
      <h2 id="denials-title" className="border-b border-border px-4 py-3 font-semibold text-fg">Denials to work</h2>
      {view.denials.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No denials today.</p>
      ) : (
        <ul className="divide-y divide-border">
          {view.denials.map((denial) => (
            <li key={denial.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-fg">{denial.title}</p>
                <p className="text-xs text-muted">{denial.payer} · {denial.reason} · ${denial.billed.toFixed(2)}</p>
              </div>
              <Badge variant={denial.status === "worked" ? "success" : "warning"}>{denial.status === "worked" ? "Worked" : "Open"}</Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
