import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { CaseFilters } from "@/components/practice/case-filters";
import { FamilyAccuracyTable } from "@/components/practice/family-accuracy-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { scoreTone } from "@/components/practice/score-tone";
import { getDatabase } from "@/lib/db/client";
import { getCaseStandings } from "@/lib/practice/attempts";
import { CODE_SET_LABELS, DIFFICULTIES, DIFFICULTY_LABELS, getCaseSummaries, SPECIALTY_LABELS } from "@/lib/practice/case-catalog";
import { CASE_STATUSES, filterCases, recommendNextCase, statusOf, type CaseStatus } from "@/lib/practice/case-standing";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { SPECIALTIES } from "@/lib/content/schemas";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Chart practice" };

const STATUS_LABELS: Record<CaseStatus, string> = { new: "New", attempted: "Attempted", mastered: "Mastered" };
const STATUS_VARIANT = { new: "neutral", attempted: "warning", mastered: "success" } as const;

// Unknown filter values are dropped rather than refused: a stale bookmark still shows cases.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const FiltersSchema = z.object({
  specialty: loose(z.enum(SPECIALTIES)),
  codeSet: loose(z.enum(["icd10cm", "cpt", "hcpcs"])),
  difficulty: loose(z.enum(DIFFICULTIES)),
  status: loose(z.enum(CASE_STATUSES)),
  family: loose(
    z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/i)
      .max(40),
  ),
});

export default async function PracticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/practice");
  const filters = FiltersSchema.parse(await searchParams);
  const db = await getDatabase();
  const [standings, { families }] = await Promise.all([getCaseStandings(db, user.id), getLearnerMastery(db, user.id)]);
  const cases = getCaseSummaries();
  const shown = filterCases(cases, standings, filters);
  const next = recommendNextCase(cases, standings, families);
  const familyLabel = filters.family
    ? (families.find((row) => row.family.key === filters.family)?.family.label ??
      CODE_SET_LABELS[filters.family as keyof typeof CODE_SET_LABELS] ??
      filters.family)
    : undefined;
  const mastered = cases.filter((chartCase) => statusOf(standings.get(chartCase.id)) === "mastered").length;

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Practice"
        title="Chart-coding practice"
        description="Read a synthetic chart, code it as you would on a claim, and get graded line by line with the words in the chart that support each code."
      />

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {next ? (
          <section aria-labelledby="next-title" className="rounded-2xl border border-brand/30 bg-brand-soft/40 p-5">
            <p id="next-title" className="text-sm font-semibold tracking-wide text-brand uppercase">
              Next recommended case
            </p>
            <h2 className="mt-1 text-xl font-bold text-fg">
              <Link href={`/practice/${next.caseSummary.id}`} className="hover:underline">
                {next.caseSummary.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{next.reason}</p>
            <div className="mt-4 flex flex-wrap items-center gap-2">
              <ButtonLink href={`/practice/${next.caseSummary.id}`}>Start this case</ButtonLink>
              <Badge>{SPECIALTY_LABELS[next.caseSummary.specialty]}</Badge>
              <Badge>{DIFFICULTY_LABELS[next.caseSummary.difficulty]}</Badge>
            </div>
          </section>
        ) : (
          <section className="rounded-2xl border border-success/40 bg-success-soft/40 p-5">
            <h2 className="text-xl font-bold text-fg">Every case mastered</h2>
            <p className="mt-1 text-sm text-muted">Retry any case to keep your speed up, or open the guide for the next credential.</p>
          </section>
        )}
        <section aria-labelledby="tally-title" className="rounded-2xl border border-border bg-surface p-5">
          <h2 id="tally-title" className="text-sm font-semibold text-muted">
            Your library
          </h2>
          <p className="mt-2 text-3xl font-bold text-fg tabular-nums">
            {mastered}
            <span className="text-base font-medium text-muted"> of {cases.length} mastered</span>
          </p>
          <p className="mt-1 text-sm text-muted">{standings.size} attempted · mastered means a best score of 90 or more.</p>
        </section>
      </div>

      <section aria-labelledby="cases-title" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="cases-title" className="text-xl font-bold text-fg">
            Cases
          </h2>
          <p className="text-sm text-muted" aria-live="polite">
            {shown.length} of {cases.length} cases{familyLabel ? ` exercising ${familyLabel}` : ""}
          </p>
        </div>
        <div className="mt-4">
          <CaseFilters
            key={JSON.stringify(filters)}
            fields={[
              {
                name: "specialty",
                label: "Specialty",
                placeholder: "All specialties",
                value: filters.specialty ?? "",
                options: SPECIALTIES.map((value) => ({ value, label: SPECIALTY_LABELS[value] })),
              },
              {
                name: "codeSet",
                label: "Code set",
                placeholder: "All code sets",
                value: filters.codeSet ?? "",
                options: Object.entries(CODE_SET_LABELS).map(([value, label]) => ({ value, label })),
              },
              {
                name: "difficulty",
                label: "Difficulty",
                placeholder: "All levels",
                value: filters.difficulty ?? "",
                options: DIFFICULTIES.map((value) => ({ value, label: DIFFICULTY_LABELS[value] })),
              },
              {
                name: "status",
                label: "Status",
                placeholder: "Any status",
                value: filters.status ?? "",
                options: CASE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
              },
              ...(filters.family
                ? [
                    {
                      name: "family",
                      label: "Code family",
                      placeholder: "Any family",
                      value: filters.family,
                      options: [{ value: filters.family, label: familyLabel ?? filters.family }],
                    },
                  ]
                : []),
            ]}
          />
        </div>

        {shown.length === 0 ? (
          <EmptyState
            className="mt-6"
            title="No cases match these filters"
            description="Loosen a filter or clear them all."
            action={
              <ButtonLink href="/practice" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          />
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {shown.map((chartCase) => {
              const standing = standings.get(chartCase.id);
              const status = statusOf(standing);
              return (
                <li
                  key={chartCase.id}
                  className="group relative flex flex-col rounded-xl border border-border bg-surface p-4 shadow-xs transition-colors hover:border-brand/50"
                >
                  <div className="flex items-start justify-between gap-2">
                    <p className="text-xs font-medium text-muted">
                      {SPECIALTY_LABELS[chartCase.specialty]} · {chartCase.setting}
                    </p>
                    <Badge variant={STATUS_VARIANT[status]}>{STATUS_LABELS[status]}</Badge>
                  </div>
                  <h3 className="mt-2 font-semibold text-fg">
                    <Link href={`/practice/${chartCase.id}`} className="after:absolute after:inset-0 focus-visible:outline-none">
                      {chartCase.title}
                    </Link>
                  </h3>
                  {/* What a case teaches gives its answer away: shown only once the learner has graded work on it. */}
                  {standing && <p className="mt-1 line-clamp-3 text-sm text-muted">{chartCase.summary}</p>}
                  <div className="mt-auto flex flex-wrap items-center gap-1.5 pt-3">
                    <Badge variant="brand">{DIFFICULTY_LABELS[chartCase.difficulty]}</Badge>
                    {chartCase.codeSets.map((codeSet) => (
                      <Badge key={codeSet}>{CODE_SET_LABELS[codeSet]}</Badge>
                    ))}
                    {standing && (
                      <Badge variant={scoreTone(standing.bestScore)} className="ml-auto">
                        Best {standing.bestScore}
                      </Badge>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="families-title" className="mt-12">
        <h2 id="families-title" className="text-xl font-bold text-fg">
          Accuracy by code family
        </h2>
        <p className="mt-1 text-sm text-muted">From your latest attempt at each case. A line counts once in its family; modifiers count separately.</p>
        <div className="mt-4">
          <FamilyAccuracyTable rows={families} />
        </div>
      </section>
    </PageContainer>
  );
}
