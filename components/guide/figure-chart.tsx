"use client";

import { lazyPart } from "@/components/ui/lazy-part";

/** One bar or point; a range (a salary band) is drawn as a floating bar from low to high. */
export type ChartPoint = { label: string; value: number; range?: [number, number]; display: string };

// recharts is not part of the page's first load: the drawing is fetched after the page, into a box of its final size.
const FigurePlot = lazyPart(() => import("./figure-plot").then((module) => module.FigurePlot), { ssr: false });

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
  const horizontal = kind === "bar" || (kind === "column" && points.some((point) => point.label.length > 14));
  const height = horizontal ? Math.max(180, points.length * 44 + 40) : 280;
  return (
    <figure className="not-prose my-8 rounded-xl border border-border bg-surface p-4 sm:p-5">
      <p className="font-semibold text-fg">{title}</p>
      <div role="img" aria-label={`${title}: ${points.map((point) => `${point.label} ${point.display}`).join("; ")}`} className="mt-3" style={{ height }}>
        <FigurePlot title={title} kind={kind} horizontal={horizontal} unit={unit} points={points} />
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
