import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExamFacts, FigureValue, Prose, SourceLine } from "@/components/certification/cited-figure";
import { CredentialReadinessSection } from "@/components/certification/credential-readiness-section";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { citeFigure, examAtAGlance, proseSegments } from "@/lib/certification/credential-facts";
import { getCredentialStanding } from "@/lib/certification/learner-readiness";
import { getCredentials } from "@/lib/certification/load-credentials";
import { LEVEL_LABELS, SETTING_LABELS, type Credential } from "@/lib/certification/schemas";
import { getDatabase } from "@/lib/db/client";
import { segmentParam } from "@/lib/validation/fields";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function findCredential({ params }: Props): Promise<Credential> {
  const code = segmentParam((await params).code).toLowerCase();
  const credential = getCredentials().byCode.get(code);
  if (!credential) notFound();
  return credential;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const credential = await findCredential(props);
  return { title: `${credential.abbreviation} — ${credential.name}` };
}

export default async function CredentialPage(props: Props) {
  const credential = await findCredential(props);
  const { byCode, facts } = getCredentials();
  const exam = examAtAGlance(credential, facts);
  const salary = credential.salary ? citeFigure(facts, credential.salary.figure) : undefined;
  const prose = (text: string) => <Prose segments={proseSegments(text, facts)} />;
  const sources = credential.sources.map((id) => facts.sources.get(id)!);
  const examFigures = [exam.questions, exam.duration, exam.passingScore].filter((figure) => figure !== undefined);

  const user = await getCurrentUser();
  const learner = user ? await getCredentialStanding(await getDatabase(), user.id, credential) : undefined;

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href="/certifications" className="hover:text-fg hover:underline">
          Certifications
        </Link>{" "}
        <span aria-hidden="true">/</span> {credential.abbreviation}
      </nav>
      <PageHeader
        eyebrow={`${credential.issuingBody} · ${LEVEL_LABELS[credential.level]}`}
        title={`${credential.abbreviation}: ${credential.name}`}
        description={credential.summary}
        actions={
          learner?.isTarget ? (
            <Badge variant="success" size="lg">
              Your target credential
            </Badge>
          ) : (
            <ButtonLink
              href={user ? `/profile?target=${credential.code}` : `/sign-in?callbackUrl=${encodeURIComponent(`/profile?target=${credential.code}`)}`}
              variant="secondary"
            >
              Set as my target
            </ButtonLink>
          )
        }
      />
      <div className="mt-4 flex flex-wrap gap-2">
        <Badge variant="brand">{credential.issuingBody}</Badge>
        <Badge>{SETTING_LABELS[credential.setting]}</Badge>
        {learner?.holds && <Badge variant="success">You hold this</Badge>}
      </div>

      <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>The exam</CardTitle>
              <CardDescription>{prose(credential.exam.format)}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <ExamFacts exam={exam} large />
              {examFigures.length > 0 && (
                <dl className="grid gap-3 sm:grid-cols-3">
                  {examFigures.map((figure) => (
                    <div key={figure.key} className="rounded-lg border border-border bg-surface-2/50 p-3">
                      <dt className="text-xs text-muted">{figure.label}</dt>
                      <dd className="mt-1 text-lg">
                        <FigureValue figure={figure} />
                      </dd>
                      <dd>
                        <SourceLine figure={figure} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              {exam.passingNote && <p className="text-sm text-fg">{prose(credential.exam.passingNote!)}</p>}
              {!examFigures.length && (
                <p className="text-sm text-muted">
                  Chartwise does not yet hold sourced figures for this exam&apos;s length and timing; check the {credential.issuingBody} candidate handbook
                  before you book.
                </p>
              )}
              <p className="text-sm text-muted">
                <span className="font-medium text-fg">Code books: </span>
                {credential.exam.openBook === undefined
                  ? "check the candidate handbook for what you may bring."
                  : credential.exam.openBook
                    ? "approved code books are allowed."
                    : "not allowed."}{" "}
                <span className="font-medium text-fg">Delivery: </span>
                {prose(credential.exam.delivery)}
              </p>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>What the exam covers</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-2 text-sm sm:grid-cols-2">
                {credential.domains.map((domain) => (
                  <li key={domain} className="flex gap-2">
                    <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-brand" />
                    <span>{prose(domain)}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Before you sit it</CardTitle>
              <CardDescription>{prose(credential.prerequisites.summary)}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              {credential.prerequisites.items.length > 0 && (
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {credential.prerequisites.items.map((item) => (
                    <li key={item}>{prose(item)}</li>
                  ))}
                </ul>
              )}
              {credential.prerequisites.apprenticeRemoval && (
                <Alert variant="info" title="Removing the apprentice designation">
                  {prose(credential.prerequisites.apprenticeRemoval)}
                </Alert>
              )}
            </CardContent>
          </Card>
        </div>

        <aside className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Salary</CardTitle>
            </CardHeader>
            <CardContent className="space-y-2">
              {salary ? (
                <>
                  <p className="text-3xl font-bold tracking-tight">
                    <FigureValue figure={salary} />
                  </p>
                  <p className="text-sm text-fg">{salary.label}</p>
                  {credential.salary?.context && <p className="text-sm text-muted">{prose(credential.salary.context)}</p>}
                  <p>
                    <SourceLine figure={salary} /> <span className="text-xs text-muted">· {salary.sourceTitle}</span>
                  </p>
                </>
              ) : (
                <p className="text-sm text-muted">
                  Our sources have no salary figure for the {credential.abbreviation} on its own. See the{" "}
                  <Link href="/salary" className="text-brand hover:underline">
                    salary projection
                  </Link>{" "}
                  for what credentials, experience and location do to pay.
                </p>
              )}
            </CardContent>
          </Card>

          {credential.relatedCredentials.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>Related credentials</CardTitle>
              </CardHeader>
              <CardContent>
                <ul className="flex flex-wrap gap-2">
                  {credential.relatedCredentials.map((code) => {
                    const related = byCode.get(code)!;
                    return (
                      <li key={code}>
                        <Link
                          href={`/certifications/${code}`}
                          title={related.name}
                          className="inline-flex h-8 items-center rounded-full border border-border px-3 font-mono text-sm text-fg hover:border-brand hover:text-brand"
                        >
                          {related.abbreviation}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </CardContent>
            </Card>
          )}

          <Card>
            <CardHeader>
              <CardTitle>Sources</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="space-y-2 text-sm">
                {sources.map((source) => (
                  <li key={source.id}>
                    {source.url ? (
                      <a href={source.url} target="_blank" rel="noreferrer" className="text-brand hover:underline">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    <span className="block text-xs text-muted">
                      {source.publisher}
                      {source.year !== undefined && `, ${source.year}`}
                    </span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        </aside>
      </div>

      <CredentialReadinessSection
        credential={credential}
        standing={learner}
        targetAbbreviation={learner?.profile.targetCredential ? byCode.get(learner.profile.targetCredential)?.abbreviation : undefined}
        wholePlan={(await props.searchParams).plan === "all"}
      />
    </PageContainer>
  );
}
