import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { DayComparisonChart } from "@/components/workday/day-comparison-chart";
import { ReportView } from "@/components/workday/report-view";
import { StartDayButton } from "@/components/workday/start-day-button";
import { getDatabase } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getRunReport, listRuns } from "@/lib/workday/runs";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "End-of-day report" };

const shortDate = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export default async function ReportPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const user = await requireUser(`/workday/${runId}/report`);
  const db = await getDatabase();
  const { loaded, report } = await getRunReport(db, user.id, runId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (loaded.run.status === "ACTIVE") redirect(`/workday/${runId}`);
  const days = (await listRuns(db, user.id))
    .filter((run) => run.status === "ENDED" && run.summary)
    .reverse()
    .slice(-10);

  return (
    <PageContainer>
      <PageHeader
        eyebrow="End-of-day report"
        title={loaded.scenario.title}
        description={`${loaded.scenario.role}. Computed from every action you took, so it can always be rebuilt.`}
        actions={
          <>
            <ButtonLink href="/workday" variant="secondary">
              All days
            </ButtonLink>
            <StartDayButton scenarioId={loaded.scenario.id} label="Play this day again" />
          </>
        }
      />
      <div className="mt-8">
        <ReportView report={report} />
      </div>
      {days.length > 0 && (
        <section aria-labelledby="compare-title" className="mt-10">
          <h2 id="compare-title" className="text-lg font-semibold text-fg">
            This day against your earlier days
          </h2>
          <div className="mt-3">
            <DayComparisonChart
              days={days.map((run, index) => ({
                id: run.id,
                label: `#${index + 1} ${shortDate.format(run.startedAt)}`,
                current: run.id === runId,
                chartsPerHour: run.summary!.chartsPerHour,
                accuracy: run.summary!.accuracy,
                revenue: run.summary!.revenue,
              }))}
            />
          </div>
        </section>
      )}
    </PageContainer>
  );
}
