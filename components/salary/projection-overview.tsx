import { PathSwatch } from "@/components/salary/path-swatch";
import { ProjectionChart, usd, type ProjectionSeries } from "@/components/salary/projection-chart";
import { ProjectionTable } from "@/components/salary/projection-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DEFAULT_HORIZON_YEARS } from "@/lib/salary/project-salary";

/** A compared path as drawn: its line, and whether it differs from the starting point at all. */
export type PathView = ProjectionSeries & { index: number; sameAsStart: string | null; closeToFirst: boolean };

/** The chart of every compared path, each path's figures at a glance, and the yearly table. */
export function ProjectionOverview({ paths, payGoal }: { paths: PathView[]; payGoal?: number }) {
  // A path whose every change is already true draws the same line as the start: say so instead of drawing it twice.
  const drawn = paths.filter((path, position) => position === 0 || path.sameAsStart === null);
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Pay by year, {paths.length === 1 ? "one path" : `${paths.length} paths compared`}</CardTitle>
        <CardDescription>Lines show typical pay; the shaded band runs from low to high. Figures are yearly, before tax, in today’s dollars.</CardDescription>
      </CardHeader>
      <CardContent>
        <figure>
          <ProjectionChart series={drawn} payGoal={payGoal} />
          <figcaption className="sr-only">Salary projection chart; the same figures are in the table below.</figcaption>
        </figure>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Paths at a glance">
          {paths.map((path) => (
            <li key={path.index} className="rounded-lg border border-border p-3 text-sm">
              <p className="flex items-center gap-2 font-medium text-fg">
                <PathSwatch index={path.index} />
                <span className="min-w-0 break-words">{path.label}</span>
              </p>
              {path.sameAsStart !== null && path.index > 0 ? (
                <p className="mt-1 text-warning" data-testid="same-as-start">
                  {path.sameAsStart}
                </p>
              ) : (
                <p className="mt-1 text-muted">
                  {usd(path.years[0]!.typical)} now → <span className="font-semibold text-fg">{usd(path.years.at(-1)!.typical)}</span> in year{" "}
                  {DEFAULT_HORIZON_YEARS}
                </p>
              )}
              {path.closeToFirst && <p className="mt-1 text-muted">Pays about the same as “{paths[0]!.label}” by these figures: the lines overlap.</p>}
              {payGoal && (
                <p className={path.goalYear === null ? "mt-1 text-warning" : "mt-1 font-medium text-success"} data-testid="goal-status">
                  {path.goalYear === null
                    ? `Goal not within ${DEFAULT_HORIZON_YEARS} years`
                    : path.goalYear === 0
                      ? "Goal reached now"
                      : `Goal reached in year ${path.goalYear}`}
                </p>
              )}
            </li>
          ))}
        </ul>
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand">Show the yearly figures as a table</summary>
          <ProjectionTable series={drawn} />
        </details>
      </CardContent>
    </Card>
  );
}
