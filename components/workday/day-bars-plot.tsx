"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One metric's bars of a DayComparisonChart (recharts, loaded after the page); the current day's bar stands out. */
export function DayBarsPlot({ rows, label }: { rows: Array<{ label: string; value: number; current: boolean }>; label: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 4, right: 4, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="var(--color-border)" vertical={false} />
        <XAxis dataKey="label" stroke="var(--color-muted)" fontSize={11} tickLine={false} />
        <YAxis stroke="var(--color-muted)" fontSize={11} tickLine={false} width={40} />
        <Tooltip contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 8, color: "var(--color-fg)" }} />
        <Bar
          dataKey="value"
          name={label}
          isAnimationActive={false}
          fill="var(--color-chart-1)"
          shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: { current: boolean } }) => (
            <rect
              x={props.x}
              y={props.y}
              width={props.width}
              height={props.height}
              rx={3}
              fill={props.payload?.current ? "var(--color-chart-3)" : "var(--color-chart-1)"}
            />
          )}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
