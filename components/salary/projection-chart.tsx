"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { payAxis } from "@/lib/salary/pay-axis";
import type { SalaryYear } from "@/lib/salary/types";

export type ProjectionSeries = { label: string; color: string; dash?: string; years: SalaryYear[]; goalYear: number | null };

export const usd = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
const compactUsd = (value: number) => `$${Math.round(value / 1000)}k`;

/** Low–high bands and typical lines of up to three paths over years 0–25, with the pay goal as a line. */
export function ProjectionChart({ series, payGoal }: { series: ProjectionSeries[]; payGoal?: number }) {
  const rows = series[0]!.years.map((entry, index) => {
    const row: Record<string, number | [number, number]> = { year: entry.year };
    series.forEach((path, pathIndex) => {
      const point = path.years[index]!;
      row[`band${pathIndex}`] = [point.low, point.high];
      row[`typical${pathIndex}`] = point.typical;
    });
    return row;
  });
  const last = series[0]!.years.at(-1)!.year;
  const { domain, ticks } = payAxis(series, payGoal);
  const summary = series
    .map((path) => {
      const first = path.years[0]!;
      const end = path.years.at(-1)!;
      const goal = payGoal ? (path.goalYear === null ? `; goal not reached within ${last} years` : `; goal reached in year ${path.goalYear}`) : "";
      return `${path.label}: typical ${usd(first.typical)} now, ${usd(end.typical)} in year ${end.year} (range ${usd(end.low)} to ${usd(end.high)})${goal}`;
    })
    .join(". ");
  const axis = { stroke: "var(--color-muted)", fontSize: 12, tickLine: false };

  return (
    <div role="img" aria-label={`Salary projection, years 0 to ${last}. ${summary}.`} className="h-72 sm:h-96">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 12, right: 12, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="var(--color-border)" vertical={false} />
          <XAxis
            dataKey="year"
            {...axis}
            type="number"
            domain={[0, last]}
            ticks={[0, 5, 10, 15, 20, 25].filter((tick) => tick <= last)}
            label={{ value: "Years from now", position: "insideBottom", offset: -10, fill: "var(--color-muted)", fontSize: 12 }}
          />
          <YAxis {...axis} tickFormatter={compactUsd} width={52} type="number" domain={domain} ticks={ticks} allowDataOverflow />
          <Tooltip
            contentStyle={{
              background: "var(--color-surface)",
              border: "1px solid var(--color-border)",
              borderRadius: 8,
              color: "var(--color-fg)",
              fontSize: 13,
            }}
            labelFormatter={(year) => `Year ${year}`}
            formatter={(value, name) => {
              const index = Number(String(name).replace(/\D/g, ""));
              const label = series[index]?.label ?? "";
              return Array.isArray(value)
                ? [`${usd(Number(value[0]))} – ${usd(Number(value[1]))}`, `${label} range`]
                : [usd(Number(value)), `${label} typical`];
            }}
          />
          {series.map((path, index) => (
            <Area
              key={`band${index}`}
              dataKey={`band${index}`}
              name={`band${index}`}
              stroke="none"
              fill={path.color}
              fillOpacity={0.14}
              isAnimationActive={false}
              activeDot={false}
            />
          ))}
          {series.map((path, index) => (
            <Line
              key={`typical${index}`}
              dataKey={`typical${index}`}
              name={`typical${index}`}
              stroke={path.color}
              strokeWidth={2.5}
              strokeDasharray={path.dash || undefined}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {payGoal && (
            <ReferenceLine
              y={payGoal}
              stroke="var(--color-fg)"
              strokeDasharray="4 4"
              ifOverflow="extendDomain"
              label={{ value: `Goal ${usd(payGoal)}`, position: "insideBottomRight", fill: "var(--color-fg)", fontSize: 12 }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
