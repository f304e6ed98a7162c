"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One bar or point; a range (a salary band) is drawn as a floating bar from low to high. */
export type ChartPoint = { label: string; value: number; range?: [number, number]; display: string };

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

/** A chart of facts-file figures, with the same numbers as a table for screen readers and for reading exactly. */
export function FigureChart({
  title,
  caption,
  sourceNote,
  kind,
  unit,
  points,
}: {
  title: string;
  caption: string;
  sourceNote?: string;
  kind: "bar" | "column" | "line";
  unit: string;
  points: ChartPoint[];
}) {
  // Long category names do not fit under columns: lay such charts out as horizontal bars.
  const labelWidth = useIsWide() ? 170 : 112;
  const horizontal = kind === "bar" || (kind === "column" && points.some((point) => point.label.length > 14));
  const height = horizontal ? Math.max(180, points.length * 44 + 40) : 280;
  const tooltip = (
    <Tooltip
      cursor={{ fill: "var(--color-surface-2)" }}
      contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 8, color: "var(--color-fg)" }}
      formatter={(_value, _name, item) => [(item.payload as ChartPoint).display, title]}
    />
  );
  const axisProps = { stroke: "var(--color-muted)", fontSize: 12, tickLine: false };
  return (
    <figure className="not-prose my-8 rounded-xl border border-border bg-surface p-4 sm:p-5">
      <p className="font-semibold text-fg">{title}</p>
      <div role="img" aria-label={`${title}: ${points.map((point) => `${point.label} ${point.display}`).join("; ")}`} className="mt-3" style={{ height }}>
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
      </div>
      <figcaption className="mt-3 text-sm text-muted">
        {caption}
        {sourceNote && <span className="mt-1 block text-xs">Source: {sourceNote}</span>}
      </figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand">Show the numbers as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="border-b border-border text-muted">
              <th scope="col" className="py-1.5 font-medium">
                Item
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Figure
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.label} className="border-b border-border/60">
                <td className="py-1.5 text-fg">{point.label}</td>
                <td className="py-1.5 text-right text-fg tabular-nums">{point.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
