"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "./figure-chart";

const barValue = (point: ChartPoint) => point.range ?? point.value;

const WIDE_QUERY = "(min-width: 640px)";
function useIsWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(WIDE_QUERY);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );
}

const compact = (value: number, unit: string) =>
  unit.startsWith("usd") ? `$${value >= 1000 ? `${Math.round(value / 1000)}k` : value}` : unit === "percent" ? `${value}%` : String(value);

/** The drawing of a FigureChart (recharts, loaded after the page). */
export function FigurePlot({
  title,
  kind,
  horizontal,
  unit,
  points,
}: {
  title: string;
  kind: "bar" | "column" | "line";
  horizontal: boolean;
  unit: string;
  points: ChartPoint[];
}) {
  const labelWidth = useIsWide() ? 170 : 112;
  const tooltip = (
    <Tooltip
      cursor={{ fill: "var(--color-surface-2)" }}
      contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 8, color: "var(--color-fg)" }}
      formatter={(_value, _name, item) => [(item.payload as ChartPoint).display, title]}
    />
  );
  const axisProps = { stroke: "var(--color-muted)", fontSize: 12, tickLine: false };
  return (
    <ResponsiveContainer width="100%" height="100%">
      {kind === "line" ? (
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--color-border)" vertical={false} />
          <XAxis dataKey="label" {...axisProps} />
          <YAxis {...axisProps} tickFormatter={(value: number) => compact(value, unit)} width={56} />
          {tooltip}
          <Line dataKey="value" stroke="var(--color-brand)" strokeWidth={2.5} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      ) : (
        <BarChart data={points} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--color-border)" horizontal={!horizontal} vertical={horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" {...axisProps} tickFormatter={(value: number) => compact(value, unit)} />
              <YAxis type="category" dataKey="label" {...axisProps} width={labelWidth} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" {...axisProps} interval={0} />
              <YAxis {...axisProps} tickFormatter={(value: number) => compact(value, unit)} width={56} />
            </>
          )}
          {tooltip}
          <Bar dataKey={barValue} fill="var(--color-brand)" radius={horizontal ? [0, 6, 6, 0] : [6, 6, 0, 0]} isAnimationActive={false} />
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
