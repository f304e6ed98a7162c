"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DayView } from "@/lib/workday/day-view";
import { DenialWorkForm } from "./denial-work-form";

/** The afternoon's denials: open one to work it with the workbench's payer; worked ones show what happened. */
export function DenialsPanel({
  view,
  pending,
  activeDenialId,
  onOpen,
  onWork,
}: {
  view: DayView;
  pending: boolean;
  activeDenialId: string | null;
  onOpen: (denialId: string) => void;
  onWork: (denialId: string, work: unknown) => void;
}) {
  return (
    <section aria-labelledby="denials-title" className="rounded-xl border border-border bg-surface">
      <h2 id="denials-title" className="border-b border-border px-4 py-3 font-semibold text-fg">
        Denials to work
      </h2>
      {view.denials.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No denials today.</p>
      ) : (
        <ul className="divide-y divide-border">
          {view.denials.map((denial) => (
            <li key={denial.id} className="px-4 py-3">
              <div className="flex flex-wrap items-center gap-3">
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-fg">{denial.title}</p>
                  <p className="text-xs text-muted">
                    {denial.payer} · ${denial.billed.toFixed(2)} billed · about {denial.minutes} min
                  </p>
                  <p className="mt-0.5 text-xs text-fg">{denial.reason}</p>
                </div>
                {denial.status === "worked" ? (
                  <Badge variant={denial.score !== undefined && denial.score >= 70 ? "success" : "warning"}>Worked: {denial.summary}</Badge>
                ) : (
                  activeDenialId !== denial.id && (
                    <Button type="button" size="sm" disabled={pending} onClick={() => onOpen(denial.id)} aria-label={`Work the denial: ${denial.title}`}>
                      Work it
                    </Button>
                  )
                )}
              </div>
              {denial.status === "worked" && (
                <Link href={denial.href} className="mt-1 inline-block text-xs text-brand hover:underline">
                  Practise this denial in the workbench
                </Link>
              )}
              {denial.status === "open" && activeDenialId === denial.id && denial.brief && (
                <div className="mt-4">
                  <DenialWorkForm brief={denial.brief} pending={pending} onSubmit={(work) => onWork(denial.id, work)} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
