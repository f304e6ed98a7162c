import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { AttemptHistory } from "@/components/practice/attempt-history";
import { CaseWorkspace } from "@/components/practice/case-workspace";
import { ChartView } from "@/components/practice/chart-view";
import { Badge } from "@/components/ui/badge";
import { getDatabase } from "@/lib/db/client";
import { listCaseAttempts } from "@/lib/practice/attempts";
import { CODE_SET_LABELS, DIFFICULTY_LABELS, findCase, SPECIALTY_LABELS } from "@/lib/practice/case-catalog";
import { disputedLineIds } from "@/lib/practice/disputes";
import { EMPTY_ANSWER, getDraft } from "@/lib/practice/drafts";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ caseId: string }> };

// A case's page lists the newest attempts; a learner who has coded it more often opens the rest on demand.
const RECENT_ATTEMPTS = 10;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chartCase = findCase((await params).caseId);
  return { title: chartCase ? `${chartCase.title} · Practice` : "Case not found" };
}

export default async function CasePage({ params, searchParams }: Params & { searchParams: Promise<{ attempts?: string | string[] }> }) {
  const { caseId } = await params;
  const showAllAttempts = (await searchParams).attempts === "all";
  const chartCase = findCase(caseId);
  if (!chartCase) notFound();
  // A renamed case's old address still works.
  if (chartCase.id !== caseId) permanentRedirect(`/practice/${chartCase.id}`);
  const user = await requireUser(`/practice/${caseId}`);
  const db = await getDatabase();
  // Reading only: the clock starts (and the draft row appears) on the learner's first edit, not on a page view.
  const [draft, attempts, disputed] = await Promise.all([
    getDraft(db, user.id, caseId),
    listCaseAttempts(db, user.id, caseId, showAllAttempts ? undefined : RECENT_ATTEMPTS + 1),
    disputedLineIds(db, user.id, caseId),
  ]);
  const moreAttempts = !showAllAttempts && attempts.length > RECENT_ATTEMPTS;

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice" className="hover:text-fg hover:underline">
          Practice
        </Link>
        <span aria-hidden> / </span>
        <span>{SPECIALTY_LABELS[chartCase.specialty]}</span>
      </nav>
      <header className="mt-2 border-b border-border pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">{chartCase.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge variant="brand">{DIFFICULTY_LABELS[chartCase.difficulty]}</Badge>
          <Badge>{chartCase.setting}</Badge>
          {chartCase.codeSets.map((codeSet) => (
            <Badge key={codeSet}>{CODE_SET_LABELS[codeSet]}</Badge>
          ))}
        </div>
        <p className="mt-3 max-w-3xl text-sm text-muted">
          Code this encounter as you would for the claim: diagnoses first-listed first, then a service line for each procedure, visit, drug or supply, with
          modifiers, units and the diagnoses each line points to. Your work is saved as you type.
        </p>
      </header>

      <div className="mt-6">
        <CaseWorkspace
          caseId={chartCase.id}
          documents={chartCase.documents}
          chart={<ChartView documents={chartCase.documents} />}
          initialAnswer={draft?.answer ?? EMPTY_ANSWER}
          initialStartedAt={draft?.startedAt.toISOString() ?? null}
          disputedLines={disputed}
        />
      </div>

      <section aria-labelledby="history-title" className="mt-12">
        <h2 id="history-title" className="text-lg font-semibold text-fg">
          Your attempts
        </h2>
        <div className="mt-3">
          <AttemptHistory caseId={chartCase.id} attempts={moreAttempts ? attempts.slice(0, RECENT_ATTEMPTS) : attempts} currentVersion={chartCase.version} />
        </div>
        {moreAttempts && (
          <p className="mt-3 text-sm text-muted">
            Your {RECENT_ATTEMPTS} most recent attempts.{" "}
            <Link href={`/practice/${chartCase.id}?attempts=all#history-title`} className="font-medium text-brand hover:underline">
              Show every attempt
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
