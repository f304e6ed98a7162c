import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageContainer } from "@/components/layout/page-header";
import { BillableDescendants } from "@/components/codes/billable-descendants";
import { CodeBadges } from "@/components/codes/code-badges";
import { CodeChangesAndGuideline } from "@/components/codes/code-changes-and-guideline";
import { codeHref } from "@/components/codes/code-link";
import { CodeList } from "@/components/codes/code-list";
import { DoseUnitsCard } from "@/components/codes/dose-units-card";
import { TabularNotes } from "@/components/codes/tabular-notes";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getCodeDirectory, type CodeDetail } from "@/lib/codes/code-directory";
import { unitsForCode } from "@/lib/codes/dose-units";
import { CodeLookupSchema } from "@/lib/codes/schemas";
import { getTabularNotes } from "@/lib/codes/tabular-notes";
import { getDatabase } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { segmentParam } from "@/lib/validation/fields";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

type SearchParams = { system?: string; page?: string; dose?: string };
type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

async function loadDetail({ params, searchParams }: Props): Promise<CodeDetail> {
  const query = await searchParams;
  const parsed = CodeLookupSchema.safeParse({ code: segmentParam((await params).code), system: query.system || undefined, page: query.page || undefined });
  if (!parsed.success) notFound();
  try {
    return (await getCodeDirectory(await getDatabase())).detail(parsed.data.code, parsed.data.system, parsed.data.page);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const detail = await loadDetail(props);
  return { title: `${detail.code} — ${detail.description}` };
}

export default async function CodePage(props: Props) {
  const detail = await loadDetail(props);
  const dose = ((await props.searchParams).dose ?? "").slice(0, 40);
  const isHeader = !detail.billable && detail.kind === "code";
  const notes = detail.system === "icd10cm" ? await getTabularNotes(await getDatabase(), detail.code) : undefined;
  const total = detail.billableDescendants.total;
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href="/codes" className="text-brand hover:underline">
              Codes
            </Link>
          </li>
          {detail.path.slice(0, -1).map((step) => (
            <li key={`${step.level}-${step.label}`} className="flex items-center gap-1.5">
              <span aria-hidden="true">›</span>
              {step.code ? (
                <Link href={codeHref({ code: step.code, system: detail.system })} className="hover:text-fg hover:underline" title={step.title}>
                  {step.label}
                </Link>
              ) : (
                <span title={step.title}>{step.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-4xl font-bold tracking-tight text-fg">{detail.code}</h1>
        <CodeBadges code={detail} />
      </div>
      <p className="mt-3 max-w-3xl text-xl text-fg">{detail.description}</p>
      {detail.descriptionSource === "chartwise-summary" && (
        <p className="mt-2 text-sm text-muted">Plain-language summary written by Chartwise. CPT® descriptors are copyrighted by the AMA and are not shown.</p>
      )}

      {isHeader && (
        <Alert variant="warning" title={`${detail.code} cannot be billed`} className="mt-6 max-w-3xl">
          It is a header that groups more specific codes. A claim needs one of the{" "}
          <a href="#billable-codes" className="font-semibold underline">
            {total.toLocaleString("en-US")} billable code{total === 1 ? "" : "s"} below it
          </a>
          : pick the one the documentation supports.
        </Alert>
      )}
      {detail.terminated && (
        <Alert variant="danger" title="Terminated" className="mt-6 max-w-3xl">
          CMS has ended this code; it is kept for history and cannot be used for current dates of service.
        </Alert>
      )}

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        {detail.path.length > 1 && (
          <Card>
            <CardHeader>
              <CardTitle>Where it sits</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="space-y-2 text-sm">
                {detail.path.map((step, index) => (
                  <li key={`${step.level}-${step.label}`} style={{ paddingLeft: `${index * 0.9}rem` }}>
                    {step.level !== "chapter" && <span className="text-xs font-semibold tracking-wide text-muted uppercase">{step.level} </span>}
                    {step.code && step.code !== detail.code ? (
                      <Link href={codeHref({ code: step.code, system: detail.system })} className="font-mono font-semibold text-brand hover:underline">
                        {step.label}
                      </Link>
                    ) : (
                      <span className="font-mono font-semibold text-fg">{step.label}</span>
                    )}{" "}
                    <span className="text-fg">{step.title}</span>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        )}
        <DoseUnitsCard detail={detail} dose={dose} result={dose ? unitsForCode(detail.description, dose) : null} />
        <CodeChangesAndGuideline detail={detail} />
        {detail.seventhCharacters.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle>7th character</CardTitle>
            </CardHeader>
            <CardContent>
              <p className="text-sm text-muted">Every code here needs a 7th character for the encounter (Section I.C.19.a for injuries):</p>
              <ul className="mt-3 divide-y divide-border">
                {detail.seventhCharacters.map((choice) => (
                  <li key={choice.code} className="flex items-center gap-3 py-2 text-sm">
                    <span className="grid size-7 place-items-center rounded-md bg-brand-soft font-mono font-bold text-brand-soft-fg">{choice.character}</span>
                    <Link href={codeHref({ code: choice.code, system: "icd10cm" })} className="font-mono font-semibold text-brand hover:underline">
                      {choice.code}
                    </Link>
                    <span className="text-fg">{choice.meaning}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        )}
        {detail.children.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle>Codes directly below</CardTitle>
            </CardHeader>
            <CardContent>
              <CodeList codes={detail.children.slice(0, 100)} />
            </CardContent>
          </Card>
        )}
        {isHeader && <BillableDescendants detail={detail} />}
        {notes && <TabularNotes notes={notes} code={detail.code} />}
      </div>
    </PageContainer>
  );
}
