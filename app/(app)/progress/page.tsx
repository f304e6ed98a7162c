import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/require-user";
import { ReadinessScore } from "@/components/certification/readiness-panel";
import { DenialProgressSection } from "@/components/denials/denial-progress-section";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { FamilyAccuracyTable } from "@/components/practice/family-accuracy-table";
import { scoreTone } from "@/components/practice/score-tone";
import { CohortProgressSection } from "@/components/cohorts/cohort-progress-section";
import { AccuracyChart } from "@/components/progress/accuracy-chart";
import { ProgressSection as Section, ProgressStat as Stat } from "@/components/progress/progress-section";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { getDatabase } from "@/lib/db/client";
import { formatDuration } from "@/lib/practice/format-duration";
import { getProgressOverview } from "@/lib/progress/progress-overview";
import { WorkdayProgressSection } from "@/components/workday/workday-progress-section";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your progress" };

const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });
const days = (count: number) => `${count} ${count === 1 ? "day" : "days"}`;

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const overview = await getProgressOverview(await getDatabase(), user.id);
  const { streak, totals, target } = overview;

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Progress"
        title="Your progress"
        description="Where you stand on the guide, on chart coding, and on the credential you are working toward."
      />

      <dl className="mt-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Streak"
          value={days(streak.current)}
          detail={
            streak.longest > 0
              ? `Longest ${days(streak.longest)}${streak.activeToday ? " · active today" : streak.current > 0 ? " · do something today to keep it" : ""}`
              : "Learn something today to start one"
          }
        />
        <Stat
          label="Charts coded"
          value={String(totals.attempts)}
          detail={`${totals.casesAttempted} different ${totals.casesAttempted === 1 ? "case" : "cases"}`}
        />
        <Stat label="Average score" value={totals.averageScore === null ? "–" : `${totals.averageScore}`} detail="Over all your attempts, out of 100" />
        <Stat label="Lessons completed" value={`${totals.lessonsCompleted} of ${totals.lessonsTotal}`} detail="A lesson completes at 80% on its check" />
      </dl>

      <CohortProgressSection userId={user.id} />

      <Section
        id="target-title"
        title="Certification readiness"
        action={
          <ButtonLink href="/certifications" variant="secondary" size="sm">
            All credentials
          </ButtonLink>
        }
      >
        {target ? (
          <div className="rounded-xl border border-border bg-surface p-5">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold text-fg">{target.name}</h3>
              {target.examDate && (
                <p className="text-sm text-muted">
                  Exam on {new Date(`${target.examDate}T00:00:00Z`).toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" })}
                </p>
              )}
            </div>
            <div className="mt-4">
              <ReadinessScore readiness={target.readiness} abbreviation={target.code.toUpperCase()} />
            </div>
            <p className="mt-4 text-sm">
              <Link href={`/certifications/${target.code}`} className="font-medium text-brand hover:underline">
                See the breakdown and your weekly plan
              </Link>
            </p>
          </div>
        ) : (
          <EmptyState
            titleAs="h3"
            title="No target credential yet"
            description="Choose the credential you are working toward and your exam date; you will get a readiness score and a weekly plan."
            action={<ButtonLink href="/profile">Set your target</ButtonLink>}
          />
        )}
      </Section>

      <Section id="accuracy-title" title="Accuracy over time" description="Your average chart-coding score per day.">
        {overview.accuracy.length === 0 ? (
          <EmptyState
            titleAs="h3"
            title="No coded charts yet"
            description="Code your first chart and your scores start plotting here."
            action={<ButtonLink href="/practice">Start practising</ButtonLink>}
          />
        ) : (
          <AccuracyChart
            series={[
              {
                key: "coding",
                label: "Chart coding",
                points: overview.accuracy.map((day) => ({ day: day.day, value: day.averageScore, count: day.attempts })),
              },
            ]}
          />
        )}
      </Section>

      <WorkdayProgressSection db={await getDatabase()} userId={user.id} />
      <DenialProgressSection stats={overview.denials} />

      <Section id="weakest-title" title="Weakest areas" description="By code family, from your latest attempt at each case. Practise the weakest first.">
        <FamilyAccuracyTable rows={overview.mastery.families} limit={6} />
      </Section>

      <div className="grid grid-cols-1 gap-x-8 lg:grid-cols-2">
        <Section id="time-title" title="Time per case" description="First, latest and median time on each case you have coded.">
          {overview.timing.length === 0 ? (
            <p className="text-sm text-muted">No timed attempts yet.</p>
          ) : (
            <Table label="Time per case">
              <THead>
                <TR>
                  <TH>Case</TH>
                  <TH numeric>First</TH>
                  <TH numeric>Latest</TH>
                  <TH numeric>Best</TH>
                </TR>
              </THead>
              <TBody>
                {overview.timing.slice(0, 10).map((row) => (
                  <TR key={row.caseId}>
                    <TD>
                      <Link href={`/practice/${row.caseId}`} className="font-medium hover:underline">
                        {row.title}
                      </Link>
                      <span className="block text-xs text-muted">
                        {row.attempts} {row.attempts === 1 ? "attempt" : "attempts"} · median {formatDuration(row.medianSeconds)}
                      </span>
                    </TD>
                    <TD numeric className="font-mono">
                      {formatDuration(row.firstSeconds)}
                    </TD>
                    <TD numeric className="font-mono">
                      {formatDuration(row.latestSeconds)}
                    </TD>
                    <TD numeric>
                      <Badge variant={scoreTone(row.bestScore)}>{row.bestScore}</Badge>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Section>

        <Section id="recent-title" title="Recent activity">
          {overview.recent.length === 0 ? (
            <p className="text-sm text-muted">
              Nothing yet: open a lesson in the{" "}
              <Link href="/guide" className="text-brand hover:underline">
                guide
              </Link>{" "}
              or code a{" "}
              <Link href="/practice" className="text-brand hover:underline">
                chart
              </Link>
              .
            </p>
          ) : (
            <ol className="divide-y divide-border rounded-xl border border-border bg-surface">
              {overview.recent.map((item, index) => (
                <li key={index} className="flex items-center gap-3 px-4 py-3">
                  <Badge variant={item.kind === "coding-attempt" ? "brand" : "neutral"}>{item.kind === "coding-attempt" ? "Chart" : "Lesson check"}</Badge>
                  <div className="min-w-0 flex-1">
                    <Link href={item.href} className="block truncate text-sm font-medium text-fg hover:underline">
                      {item.title}
                    </Link>
                    <p className="text-xs text-muted">
                      {dateFormat.format(item.at)} UTC
                      {item.kind === "coding-attempt" ? ` · ${formatDuration(item.durationSeconds)}` : item.passed ? " · passed" : " · not passed yet"}
                    </p>
                  </div>
                  <Badge variant={scoreTone(item.score)}>{item.score}</Badge>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>

      <Section id="modules-title" title="Guide modules">
        <ul className="grid gap-3 sm:grid-cols-2">
          {overview.mastery.modules.map((guideModule) => (
            <li key={guideModule.slug} className="rounded-xl border border-border bg-surface p-4">
              <div className="flex items-baseline justify-between gap-2">
                <Link href={`/guide/${guideModule.slug}`} className="font-medium text-fg hover:underline">
                  {guideModule.title}
                </Link>
                <span className="text-xs text-muted tabular-nums">
                  {guideModule.lessonsCompleted}/{guideModule.lessonsTotal}
                </span>
              </div>
              <ProgressBar
                className="mt-2"
                size="sm"
                value={guideModule.lessonsCompleted}
                max={guideModule.lessonsTotal}
                label={`${guideModule.title} lessons completed`}
                valueText={`${guideModule.lessonsCompleted} of ${guideModule.lessonsTotal} lessons`}
                tone={guideModule.lessonsCompleted === guideModule.lessonsTotal ? "success" : "brand"}
              />
            </li>
          ))}
        </ul>
      </Section>
    </PageContainer>
  );
}
