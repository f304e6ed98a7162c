"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

// recharts is not part of the page's first load: the drawing is fetched after the page, into a box of its final size.
const DayBarsPlot = lazyPart(() => import("./day-bars-plot").then((module) => module.DayBarsPlot), { ssr: false });

export type DayPoint = { id: string; label: string; title?: string; current: boolean; chartsPerHour: number; accuracy: number | null; revenue: number };

const METRICS = [
  { key: "chartsPerHour", label: "Charts an hour", format: (value: number) => value.toFixed(1) },
  { key: "accuracy", label: "Audit accuracy (%)", format: (value: number) => `${value}%` },
  { key: "revenue", label: "Revenue secured ($, synthetic)", format: (value: number) => `$${Math.round(value).toLocaleString("en-US")}` },
] as const;

/** This day beside the learner's earlier days: three small bar charts, with the numbers as a table. */
export function DayComparisonChart({ days, currentLabel = "this day" }: { days: DayPoint[]; currentLabel?: string }) {
  return (
    <figure className="rounded-xl border border-border bg-surface p-4">
      <div className="grid gap-4 md:grid-cols-3">
        {METRICS.map((metric) => {
          const rows = days.map((day) => ({ label: day.label, value: day[metric.key] ?? 0, current: day.current }));
          const summary = days
            .map(
              (day) =>
                `${day.label}${day.current ? ` (${currentLabel})` : ""}: ${day[metric.key] === null ? "no audit" : metric.format(day[metric.key] as number)}`,
            )
            .join("; ");
          return (
            <div key={metric.key}>
              <p className="text-sm font-medium text-fg">{metric.label}</p>
              <div role="img" aria-label={`${metric.label} by day. ${summary}`} className="mt-2 h-40">
                <DayBarsPlot rows={rows} label={metric.label} />
              </div>
            </div>
          );
        })}
      </div>
      <figcaption className="mt-2 text-xs text-muted">The bar for {currentLabel} in orange, earlier days in blue.</figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand">Show the numbers as a table</summary>
        <div className="mt-2">
          <Table>
            <THead>
              <TR>
                <TH>Day</TH>
                {METRICS.map((metric) => (
                  <TH key={metric.key} numeric>
                    {metric.label}
                  </TH>
                ))}
              </TR>
            </THead>
            <TBody>
              {days.map((day) => (
                <TR key={day.id}>
                  <TD>
                    {day.label}
                    {day.title ? ` · ${day.title}` : ""}
                    {day.current ? ` (${currentLabel})` : ""}
                  </TD>
                  {METRICS.map((metric) => (
                    <TD key={metric.key} numeric>
                      {day[metric.key] === null ? "–" : metric.format(day[metric.key] as number)}
                    </TD>
                  ))}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
