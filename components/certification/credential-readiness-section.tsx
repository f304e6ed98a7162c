import Link from "next/link";
import type { ReactNode } from "react";
import { ReadinessBreakdown, ReadinessMethod, ReadinessScore } from "@/components/certification/readiness-panel";
import { StudyPlanView } from "@/components/certification/study-plan-view";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CredentialStanding } from "@/lib/certification/learner-readiness";
import type { Credential } from "@/lib/certification/schemas";

function SectionTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-xl font-semibold tracking-tight text-fg">
      {children}
    </h2>
  );
}

/** "Your readiness" and, for the target credential, the weekly plan; a sign-in invitation when signed out. */
export function CredentialReadinessSection({
  credential,
  standing,
  targetAbbreviation,
  wholePlan = false,
}: {
  credential: Credential;
  standing?: CredentialStanding;
  /** Every week of the plan with its tasks, not only this week and next. */
  wholePlan?: boolean;
  /** The abbreviation of the learner's target credential when it is another one. */
  targetAbbreviation?: string;
}) {
  const path = `/certifications/${credential.code}`;
  return (
    <>
      <section aria-labelledby="readiness-heading" className="mt-10 space-y-5">
        <SectionTitle id="readiness-heading">Your readiness</SectionTitle>
        {standing ? (
          <>
            <Card>
              <CardContent className="space-y-5">
                <ReadinessScore readiness={standing.readiness} abbreviation={credential.abbreviation} />
                <ReadinessMethod />
              </CardContent>
            </Card>
            <ReadinessBreakdown readiness={standing.readiness} />
            {credential.notMeasured.length > 0 && (
              <Alert variant="info" title="Not measured here yet">
                The exam also tests things Chartwise cannot score yet: {credential.notMeasured.join("; ")}. Study them from your course or code books.
              </Alert>
            )}
          </>
        ) : (
          <Card>
            <CardHeader>
              <CardTitle as="h3">Sign in to see your readiness</CardTitle>
              <CardDescription>
                Chartwise scores your readiness for the {credential.abbreviation} from the charts you code and the lessons you complete, skill by skill, and
                builds a weekly plan to your exam date.
              </CardDescription>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-3">
              <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>Sign in</ButtonLink>
              <ButtonLink href="/sign-up" variant="secondary">
                Create an account
              </ButtonLink>
            </CardContent>
          </Card>
        )}
      </section>

      {standing && (
        <section aria-labelledby="plan-heading" className="mt-10 space-y-5">
          <SectionTitle id="plan-heading">Weekly study plan</SectionTitle>
          {standing.plan ? (
            <>
              <StudyPlanView plan={standing.plan} whole={wholePlan} path={path} />
              {!standing.profile.examDate && (
                <p className="text-sm text-muted">
                  <Link href="/profile" className="font-medium text-brand hover:underline">
                    Add your exam date
                  </Link>{" "}
                  to fit the plan to it.
                </p>
              )}
            </>
          ) : (
            <Alert variant="info" title={`Make the ${credential.abbreviation} your target to get a plan`}>
              {standing.profile.targetCredential ? (
                <>
                  Your target credential is the{" "}
                  <Link href={`/certifications/${standing.profile.targetCredential}`}>
                    {targetAbbreviation ?? standing.profile.targetCredential.toUpperCase()}
                  </Link>
                  .{" "}
                </>
              ) : null}
              Set your target credential and exam date in <Link href="/profile">your profile</Link> and this page will plan each week up to the exam.
            </Alert>
          )}
        </section>
      )}
    </>
  );
}
