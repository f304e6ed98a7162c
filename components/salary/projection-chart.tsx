"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { payAxis } from "@/lib/salary/pay-axis";
import type { SalaryYear } from "@/lib/salary/types";

export type ProjectionSeries = { label: string; color: string; dash?: string; years: SalaryYear[]; goalYear: number | null };

export const usd = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
// recharts is not part of the page's first load: the drawing is fetched after the page, into a box of its final size.
const ProjectionPlot = lazyPart(() => import("./projection-plot").then((module) => module.ProjectionPlot), { ssr: false });

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

  return (
    <div role="img" aria-label={`Salary projection, years 0 to ${last}. ${summary}.`} className="h-72 sm:h-96">
      <ProjectionPlot rows={rows} series={series} payGoal={payGoal} last={last} domain={domain} ticks={ticks} />
    </div>
  );
}
