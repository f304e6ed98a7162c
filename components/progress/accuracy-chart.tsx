"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

/**
 * One series on the progress chart: a score out of 100 by day. Chart coding is the first; later capabilities
 * (denials, simulated days) add their own series to the same chart.
 */
export type ProgressSeries = { key: string; label: string; points: Array<{ day: string; value: number; count: number }> };

// recharts is not part of the page's first load: the drawing is fetched after the page, into a box of its final size.
const AccuracyPlot = lazyPart(() => import("./accuracy-plot").then((module) => module.AccuracyPlot), { ssr: false });

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export function AccuracyChart({ series }: { series: ProgressSeries[] }) {
  const days = [...new Set(series.flatMap((line) => line.points.map((point) => point.day)))].sort();
  const rows = days.map((day) => ({
    day,
    label: shortDay(day),
    ...Object.fromEntries(series.map((line) => [line.key, line.points.find((point) => point.day === day)?.value ?? null])),
  }));
  const summary = series.map((line) => `${line.label}: ${line.points.map((point) => `${shortDay(point.day)} ${point.value}`).join(", ")}`).join("; ");

  return (
    <figure className="rounded-xl border border-border bg-surface p-4">
      <div role="img" aria-label={`Average score by day. ${summary}`} className="h-64">
        <AccuracyPlot rows={rows} series={series} />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand">Show the numbers as a table</summary>
        <div className="mt-2">
          <Table>
            <THead>
              <TR>
                <TH>Day (UTC)</TH>
                {series.map((line) => (
                  <TH key={line.key} numeric>
                    {line.label}
                  </TH>
                ))}
              </TR>
            </THead>
            <TBody>
              {days.map((day) => (
                <TR key={day}>
                  <TD>{shortDay(day)}</TD>
                  {series.map((line) => {
                    const point = line.points.find((candidate) => candidate.day === day);
                    return (
                      <TD key={line.key} numeric>
                        {point ? `${point.value} (${point.count} ${point.count === 1 ? "attempt" : "attempts"})` : "–"}
                      </TD>
                    );
                  })}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
