"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

/**
 * One series on the progress chart: a score out of 100 by day. Chart coding is the first; later capabilities
 * (denials, simulated days) add their own series to the same chart.
 */
export type ProgressSeries = { key: string; label: string; points: Array<{ day: string; value: number; count: number }> };

const COLORS = ["var(--color-chart-1)", "var(--color-chart-2)", "var(--color-chart-3)"];
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
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--color-border)" vertical={false} />
            <XAxis dataKey="label" stroke="var(--color-muted)" fontSize={12} tickLine={false} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="var(--color-muted)" fontSize={12} tickLine={false} width={36} />
            <Tooltip
              contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 8, color: "var(--color-fg)" }}
            />
            {series.length > 1 && <Legend />}
            {series.map((line, index) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.label}
                stroke={COLORS[index % COLORS.length]}
                strokeWidth={2.5}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
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
