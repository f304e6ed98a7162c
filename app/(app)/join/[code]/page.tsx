import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/require-user";
import { joinCohortAction } from "@/app/(app)/cohorts/actions";
import { JoinCohortForm } from "@/components/cohorts/join-cohort-form";
import { PageContainer } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { canJoinCohort } from "@/lib/auth/policy";
import { previewJoinCode } from "@/lib/cohorts/join-cohort";
import { getDatabase } from "@/lib/db/client";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const preview = canJoinCohort(user) ? await previewJoinCode(await getDatabase(), user.id, decodeURIComponent(code)) : null;

  return (
    <PageContainer>
      <Card className="mx-auto max-w-lg">
        <CardHeader>
          <CardTitle as="h1">{preview && "cohortName" in preview ? `Join ${preview.cohortName}` : "Join a cohort"}</CardTitle>
          {preview && "cohortName" in preview && (
            <CardDescription>
              {preview.instructorName ? `Taught by ${preview.instructorName}. ` : ""}Your instructor will see your work on the cohort&apos;s assignments from
              today, and you will see what is due on your progress page.
            </CardDescription>
          )}
        </CardHeader>
        <CardContent className="space-y-4">
          {!canJoinCohort(user) ? (
            <Alert variant="info">You are signed in as an instructor or admin; cohorts are joined with learner accounts.</Alert>
          ) : !preview || preview.status === "rate-limited" ? (
            <Alert variant="warning">Too many codes that did not work. Wait a few minutes, then open the link again.</Alert>
          ) : preview.status === "unknown" ? (
            <>
              <Alert variant="warning">
                This link does not open a cohort: it may have been replaced or revoked. Ask your instructor for the current code, or type it here.
              </Alert>
              <JoinCohortForm action={joinCohortAction} />
            </>
          ) : preview.status === "expired" ? (
            <Alert variant="warning">This invitation has expired. Ask your instructor for a new code.</Alert>
          ) : (
            <JoinCohortForm action={joinCohortAction} code={code} />
          )}
          <ButtonLink href="/cohorts" variant="ghost" size="sm">
            Your cohorts
          </ButtonLink>
        </CardContent>
      </Card>
    </PageContainer>
  );
}
