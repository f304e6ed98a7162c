import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { StartDayButton } from "@/components/workday/start-day-button";
import { PastDaysTable } from "@/components/workday/past-days-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { getDatabase } from "@/lib/db/client";
import { formatClock, parseClock } from "@/lib/simulation/clock";
import { getScenarios } from "@/lib/workday/catalog";
import { listRuns } from "@/lib/workday/runs";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "A day in the life" };

export default async function WorkdayPage() {
  const user = await requireUser("/workday");
  const runs = await listRuns(await getDatabase(), user.id);
  const scenarios = getScenarios();
  const titles = new Map(scenarios.map((scenario) => [scenario.id, scenario.title]));

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Workday"
        title="A day in the life"
        description="Live a coder's working day on a clock: a queue of real charts, denials, a physician to coach and the billing team's questions. At five o'clock, read the report your coding manager would write."
      />

      <section aria-labelledby="days-title" className="mt-8">
        <h2 id="days-title" className="text-xl font-bold text-fg">
          Choose a day
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {scenarios.map((scenario) => {
            const active = runs.find((run) => run.scenarioId === scenario.id && run.status === "ACTIVE");
            const charts = scenario.queue.length + scenario.events.filter((event) => event.kind === "stat-chart").length;
            return (
              <li key={scenario.id} className="flex flex-col rounded-xl border border-border bg-surface p-5">
                <div className="flex flex-wrap items-center gap-2">
                  {scenario.tutorial && <Badge variant="brand">Tutorial</Badge>}
                  <Badge>{scenario.setting}</Badge>
                  {active && <Badge variant="warning">In progress</Badge>}
                </div>
                <h3 className="mt-3 text-lg font-semibold text-fg">{scenario.title}</h3>
                <p className="text-sm text-muted">{scenario.role}</p>
                <p className="mt-2 flex-1 text-sm text-fg">{scenario.summary}</p>
                <p className="mt-3 text-xs text-muted">
                  {formatClock(parseClock(scenario.blocks[0]!.start))} to {formatClock(parseClock(scenario.blocks.at(-1)!.end))} · {charts} charts ·{" "}
                  {scenario.denials.length} {scenario.denials.length === 1 ? "denial" : "denials"}
                  {scenario.education ? " · a provider call" : ""}
                </p>
                <div className="mt-4 flex flex-wrap items-center gap-3">
                  {active ? (
                    <ButtonLink href={`/workday/${active.id}`}>Resume the day</ButtonLink>
                  ) : (
                    <StartDayButton scenarioId={scenario.id} label={scenario.tutorial ? "Start the tutorial" : "Start the day"} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="past-title" className="mt-12">
        <h2 id="past-title" className="text-xl font-bold text-fg">
          Your days
        </h2>
        <div className="mt-4">
          <PastDaysTable runs={runs.map((run) => ({ ...run, title: titles.get(run.scenarioId) ?? run.scenarioId }))} />
        </div>
      </section>
    </PageContainer>
  );
}
