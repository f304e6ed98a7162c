"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { usd, type ProjectionSeries } from "./projection-chart";

const compactUsd = (value: number) => `$${Math.round(value / 1000)}k`;
const axis = { stroke: "var(--color-muted)", fontSize: 12, tickLine: false };

/** The drawing of a ProjectionChart (recharts, loaded after the page). */
export function ProjectionPlot({
  rows,
  series,
  payGoal,
  last,
  domain,
  ticks,
}: {
  rows: Array<Record<string, number | [number, number]>>;
  series: ProjectionSeries[];
  payGoal?: number;
  last: number;
  domain: [number, number];
  ticks: number[];
}) {
  return (
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
            return Array.isArray(value) ? [`${usd(Number(value[0]))} – ${usd(Number(value[1]))}`, `${label} range`] : [usd(Number(value)), `${label} typical`];
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
  );
}
