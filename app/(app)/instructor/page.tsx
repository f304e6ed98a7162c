import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/app/_lib/require-teacher";
import { CreateCohortForm } from "@/components/cohorts/create-cohort-form";
import { formatDay, formatMoment, plural } from "@/components/cohorts/format";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { loadInstructorHome } from "@/lib/cohorts/instructor-home";
import { getDatabase } from "@/lib/db/client";
import { dayOf } from "@/lib/progress/progress-series";
import { createCohortAction } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Teaching" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold text-fg">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function InstructorHomePage() {
  const user = await requireTeacher("/instructor");
  const now = new Date();
  const home = await loadInstructorHome(await getDatabase(), user, now);
  const termEnd = new Date(now.getTime() + 16 * 7 * 86_400_000);

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Teaching"
        title="Your cohorts"
        description="What is due this week, who is falling behind, and every cohort you teach."
        actions={
          <ButtonLink href="/instructor/disputes" variant="secondary">
            Learners&apos; disputes
          </ButtonLink>
        }
      />

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="due-title" className="min-w-0">
          <h2 id="due-title" className="text-xl font-bold text-fg">
            Due this week
          </h2>
          {home.dueThisWeek.length === 0 ? (
            <p className="mt-3 text-sm text-muted">Nothing falls due in the next seven days.</p>
          ) : (
            <ul className="mt-3 divide-y divide-border rounded-xl border border-border bg-surface">
              {home.dueThisWeek.map((item) => (
                <li key={item.id} className="flex items-center justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`/instructor/cohorts/${item.cohortId}/assignments/${item.id}`} className="block truncate font-medium text-fg hover:underline">
                      {item.title}
                    </Link>
                    <p className="text-xs text-muted">
                      {item.cohortName} · due {formatMoment(item.dueAt)}
                    </p>
                  </div>
                  <span className="text-right text-sm whitespace-nowrap text-muted">
                    <strong className="text-fg">{item.complete}</strong> of {item.learners} done
                    {item.averageScore !== null && (
                      <Badge variant={scoreTone(item.averageScore)} className="ml-2">
                        {item.averageScore}
                      </Badge>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="behind-title" className="min-w-0">
          <h2 id="behind-title" className="text-xl font-bold text-fg">
            Falling behind
          </h2>
          {home.fallingBehind.length === 0 ? (
            <p className="mt-3 text-sm text-muted">Nobody: every learner is up to date with an average of 70 or more.</p>
          ) : (
            <ul className="mt-3 divide-y divide-border rounded-xl border border-border bg-surface">
              {home.fallingBehind.map((learner) => (
                <li key={`${learner.cohortId}|${learner.learnerId}`} className="flex items-center justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <Link
                      href={`/instructor/cohorts/${learner.cohortId}/learners/${learner.learnerId}`}
                      className="block truncate font-medium text-fg hover:underline"
                    >
                      {learner.name}
                    </Link>
                    <p className="text-xs text-muted">
                      {learner.cohortName} · {learner.reasons.join("; ")}
                    </p>
                  </div>
                  {learner.average !== null && <Badge variant={scoreTone(learner.average)}>{learner.average}</Badge>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <Section id="cohorts-title" title="Cohorts">
        {home.cohorts.length === 0 ? (
          <EmptyState titleAs="h3" title="No cohorts yet" description="Create your first cohort below, then share its join code with your learners." />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {home.cohorts.map((cohort) => (
              <li key={cohort.id}>
                <Link
                  href={`/instructor/cohorts/${cohort.id}`}
                  className="block h-full rounded-xl border border-border bg-surface p-4 transition-colors hover:border-brand"
                >
                  <div className="flex items-start justify-between gap-2">
                    <h3 className="font-semibold text-fg">{cohort.name}</h3>
                    {cohort.archivedAt && <Badge variant="neutral">Archived</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {formatDay(cohort.startsOn)} – {formatDay(cohort.endsOn)}
                  </p>
                  <p className="mt-3 text-sm text-fg">
                    {plural(cohort.learners, "learner")} · {plural(cohort.assignments, "assignment")}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="new-cohort-title" title="New cohort">
        <Card className="max-w-xl">
          <CardHeader>
            <CardTitle as="h3">Create a cohort</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateCohortForm action={createCohortAction} defaults={{ startsOn: dayOf(now), endsOn: dayOf(termEnd) }} />
          </CardContent>
        </Card>
      </Section>
    </PageContainer>
  );
}
