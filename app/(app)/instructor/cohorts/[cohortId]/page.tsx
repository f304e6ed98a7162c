import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireTeacher } from "@/app/_lib/require-teacher";
import { AssignmentForm } from "@/components/cohorts/assignment-form";
import { CohortNav } from "@/components/cohorts/cohort-nav";
import { ConfirmButton } from "@/components/cohorts/confirm-button";
import { formatDay } from "@/components/cohorts/format";
import { InstructorAssignmentList } from "@/components/cohorts/instructor-assignment-list";
import { JoinCodePanel } from "@/components/cohorts/join-code-panel";
import { RosterTable } from "@/components/cohorts/roster-table";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ITEM_CATALOGUES } from "@/lib/cohorts/assignable-items";
import { formatJoinCode } from "@/lib/cohorts/join-code";
import { loadGradebook } from "@/lib/cohorts/load-gradebook";
import { currentJoinCode } from "@/lib/cohorts/manage-cohorts";
import { ASSIGNMENT_ITEM_KINDS } from "@/lib/cohorts/schemas";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import {
  archiveCohortAction,
  createAssignmentAction,
  deleteAssignmentAction,
  issueJoinCodeAction,
  removeLearnerAction,
  revokeJoinCodesAction,
} from "../../actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Cohort" };

const local = (date: Date) => date.toISOString().slice(0, 16);

export default async function CohortPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const user = await requireTeacher(`/instructor/cohorts/${cohortId}`);
  const db = await getDatabase();
  const now = new Date();
  const gradebook = await orNotFound(loadGradebook(db, user, cohortId, now));
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { startsOn: true, endsOn: true } });
  const code = await currentJoinCode(db, cohortId, now);
  const env = getEnv();
  const origin = env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`;
  const archived = gradebook.cohort.archivedAt !== null;
  const due = new Date(now.getTime() + 7 * 86_400_000);
  due.setUTCHours(23, 59, 0, 0);
  const kinds = ASSIGNMENT_ITEM_KINDS.map((kind) => ({
    kind,
    plural: ITEM_CATALOGUES[kind].plural,
    available: ITEM_CATALOGUES[kind].available,
    items: ITEM_CATALOGUES[kind].list().map((item) => ({ ref: item.ref, title: item.title, group: item.group })),
  }));

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/instructor" className="hover:text-fg hover:underline">
          Teaching
        </Link>
      </nav>
      <PageHeader
        eyebrow="Cohort"
        title={gradebook.cohort.name}
        description={
          <>
            {formatDay(cohort.startsOn)} – {formatDay(cohort.endsOn)}{" "}
            {archived && (
              <Badge variant="neutral" className="ml-1">
                Archived
              </Badge>
            )}
          </>
        }
        actions={
          !archived && (
            <ConfirmButton
              action={archiveCohortAction}
              input={{ cohortId }}
              variant="secondary"
              size="md"
              label="Archive cohort"
              title="Archive this cohort?"
              description="Its join code stops working and it becomes read-only. The gradebook and every learner's work stay readable."
              confirmLabel="Archive"
              done="Cohort archived"
            />
          )
        }
      />
      <CohortNav cohortId={cohortId} current="" />

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="roster-title">
            <h2 id="roster-title" className="mb-3 text-xl font-bold text-fg">
              Roster <span className="text-base font-normal text-muted">({gradebook.rows.length})</span>
            </h2>
            <RosterTable cohortId={cohortId} rows={gradebook.rows} remove={removeLearnerAction} readOnly={archived} />
          </section>
          <section aria-labelledby="assignments-title">
            <h2 id="assignments-title" className="mb-3 text-xl font-bold text-fg">
              Assignments
            </h2>
            <InstructorAssignmentList cohortId={cohortId} assignments={gradebook.assignments} remove={deleteAssignmentAction} readOnly={archived} />
          </section>
          {!archived && (
            <Card>
              <CardHeader>
                <CardTitle>New assignment</CardTitle>
              </CardHeader>
              <CardContent>
                <AssignmentForm cohortId={cohortId} kinds={kinds} defaults={{ opensAt: local(now), dueAt: local(due) }} action={createAssignmentAction} />
              </CardContent>
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-8">
          <Card>
            <CardHeader>
              <CardTitle>Invite learners</CardTitle>
            </CardHeader>
            <CardContent>
              <JoinCodePanel
                cohortId={cohortId}
                archived={archived}
                code={
                  code && { display: formatJoinCode(code.code), link: `${origin}/join/${code.code}`, expiresOn: formatDay(code.expiresAt), uses: code.uses }
                }
                issue={issueJoinCodeAction}
                revoke={revokeJoinCodesAction}
              />
            </CardContent>
          </Card>
        </div>
      </div>
    </PageContainer>
  );
}
