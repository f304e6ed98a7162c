"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProgressSeries } from "./accuracy-chart";

const COLORS = ["var(--color-chart-1)", "var(--color-chart-2)", "var(--color-chart-3)"];

/** The drawing of an AccuracyChart (recharts, loaded after the page): one row a day, a column a series. */
export function AccuracyPlot({ rows, series }: { rows: Array<Record<string, string | number | null>>; series: ProgressSeries[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="var(--color-border)" vertical={false} />
        <XAxis dataKey="label" stroke="var(--color-muted)" fontSize={12} tickLine={false} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="var(--color-muted)" fontSize={12} tickLine={false} width={36} />
        <Tooltip contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 8, color: "var(--color-fg)" }} />
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
  );
}
