import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/require-user";
import { formatDay } from "@/components/cohorts/format";
import { JoinCohortForm } from "@/components/cohorts/join-cohort-form";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { canJoinCohort } from "@/lib/auth/policy";
import { listLearnerCohorts } from "@/lib/cohorts/learner-cohorts";
import { getDatabase } from "@/lib/db/client";
import { joinCohortAction } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your cohorts" };

export default async function CohortsPage() {
  const user = await requireUser("/cohorts");
  const cohorts = await listLearnerCohorts(await getDatabase(), user.id);

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Cohorts"
        title="Your cohorts"
        description="The classes you belong to: your instructor sets assignments there and sees your work on them from the day you join."
      />
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="mine-title">
          <h2 id="mine-title" className="sr-only">
            Cohorts you belong to
          </h2>
          {cohorts.length === 0 ? (
            <EmptyState
              titleAs="h3"
              title="You are not in a cohort"
              description="If your school or employer uses Chartwise, your instructor gives you a join code or link."
            />
          ) : (
            <ul className="space-y-3">
              {cohorts.map((cohort) => (
                <li key={cohort.id}>
                  <Link href={`/cohorts/${cohort.id}`} className="block rounded-xl border border-border bg-surface p-4 hover:border-brand">
                    <div className="flex items-start justify-between gap-2">
                      <h3 className="font-semibold text-fg">{cohort.name}</h3>
                      {cohort.archivedAt && <Badge variant="neutral">Ended</Badge>}
                    </div>
                    <p className="mt-1 text-sm text-muted">
                      {cohort.instructorName ? `${cohort.instructorName} · ` : ""}
                      {formatDay(cohort.startsOn)} – {formatDay(cohort.endsOn)}
                    </p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {canJoinCohort(user) && (
          <Card>
            <CardHeader>
              <CardTitle>Join a cohort</CardTitle>
            </CardHeader>
            <CardContent>
              <JoinCohortForm action={joinCohortAction} />
            </CardContent>
          </Card>
        )}
      </div>
    </PageContainer>
  );
}
