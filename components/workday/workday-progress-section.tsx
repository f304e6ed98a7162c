import { ProgressSection } from "@/components/progress/progress-section";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { Database } from "@/lib/db/client";
import { getScenarios } from "@/lib/workday/catalog";
import { listRuns } from "@/lib/workday/runs";
import { DayComparisonChart } from "./day-comparison-chart";

const shortDate = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** /progress: the learner's simulated workdays, productivity and audit accuracy day by day. */
export async function WorkdayProgressSection({ db, userId }: { db: Database; userId: string }) {
  const runs = (await listRuns(db, userId))
    .filter((run) => run.status === "ENDED" && run.summary)
    .reverse()
    .slice(-10);
  const titles = new Map(getScenarios().map((scenario) => [scenario.id, scenario.title]));
  const met = runs.filter((run) => run.summary!.meetsProductivity && run.summary!.meetsAccuracy).length;
  return (
    <ProgressSection
      id="workday-progress-title"
      title="Workdays"
      description={
        <>
          Charts an hour and audit accuracy on each simulated day. Charts you code in a day count toward your readiness like practice charts.
          {runs.length > 0 && ` Both bonus bars met on ${met} of ${runs.length} ${runs.length === 1 ? "day" : "days"}.`}
        </>
      }
      action={
        <ButtonLink href="/workday" variant="secondary" size="sm">
          Play a day
        </ButtonLink>
      }
    >
      {runs.length === 0 ? (
        <EmptyState
          titleAs="h3"
          title="No workdays yet"
          description="Live a coder's day on a clock, from the morning queue to the manager's report."
          action={<ButtonLink href="/workday">Start the tutorial day</ButtonLink>}
        />
      ) : (
        <DayComparisonChart
          currentLabel="the latest day"
          days={runs.map((run, index) => ({
            id: run.id,
            label: `#${index + 1} ${shortDate.format(run.startedAt)}`,
            title: titles.get(run.scenarioId),
            current: index === runs.length - 1,
            chartsPerHour: run.summary!.chartsPerHour,
            accuracy: run.summary!.accuracy,
            revenue: run.summary!.revenue,
          }))}
        />
      )}
    </ProgressSection>
  );
}
