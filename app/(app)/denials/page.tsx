import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/app/_lib/require-user";
import { WorklistSummaryCards } from "@/components/denials/worklist-summary";
import { WorklistTable } from "@/components/denials/worklist-table";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { CaseFilters } from "@/components/practice/case-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DENIAL_CATEGORIES, DENIAL_CATEGORY_LABELS } from "@/lib/claims/adjustment-codes";
import { PLAN_TYPE_LABELS, PLAN_TYPES } from "@/lib/claims/schemas";
import { getDatabase } from "@/lib/db/client";
import { AGING_BUCKETS, arrangeWorklist, getWorklist, SORT_KEYS, summariseWorklist, WORK_STATUS_LABELS, WORK_STATUSES } from "@/lib/denials/worklist";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Denials worklist" };

// Unknown filter values are dropped rather than refused: a stale bookmark still shows the worklist.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const QuerySchema = z.object({
  sort: z.enum(SORT_KEYS).catch("triage"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  category: loose(z.enum(DENIAL_CATEGORIES)),
  planType: loose(z.enum(PLAN_TYPES)),
  status: loose(z.enum(WORK_STATUSES)),
  bucket: loose(z.enum(AGING_BUCKETS)),
  q: loose(z.string().max(60)),
});

export default async function DenialsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/denials");
  const query = QuerySchema.parse(await searchParams);
  const rows = await getWorklist(await getDatabase(), user.id);
  const shown = arrangeWorklist(rows, query);
  const workedOn = rows[0]?.deadline ? undefined : undefined;

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Denials"
        title="Denial worklist"
        description="Claims back from payers with denials and adjustments. Work them as a billing team does: nearest deadline first, then the biggest dollars. Find the root cause, resolve it, and see what the payer answers."
      />
      <p className="mt-3 text-xs text-muted">
        Workbench date: Monday 23 November 2026. Payers, patients and amounts are synthetic; fees come from Chartwise’s synthetic fee schedule, and NCCI edits
        from a teaching subset modelled on the CMS tables.{workedOn}
      </p>

      <div className="mt-6">
        <WorklistSummaryCards summary={summariseWorklist(rows)} />
      </div>

      <section aria-labelledby="queue-title" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="queue-title" className="text-xl font-bold text-fg">
            Work queue
          </h2>
          <p className="text-sm text-muted" aria-live="polite">
            {shown.length} of {rows.length} claims · sorted by {query.sort === "triage" ? "triage (open first, deadline, then dollars)" : query.sort}
          </p>
        </div>
        <div className="mt-4">
          <CaseFilters
            key={JSON.stringify(query)}
            action="/denials"
            fields={[
              {
                name: "category",
                label: "Category",
                placeholder: "All categories",
                value: query.category ?? "",
                options: DENIAL_CATEGORIES.map((value) => ({ value, label: DENIAL_CATEGORY_LABELS[value] })),
              },
              {
                name: "planType",
                label: "Plan type",
                placeholder: "All plans",
                value: query.planType ?? "",
                options: PLAN_TYPES.map((value) => ({ value, label: PLAN_TYPE_LABELS[value] })),
              },
              {
                name: "status",
                label: "Status",
                placeholder: "Any status",
                value: query.status ?? "",
                options: WORK_STATUSES.map((value) => ({ value, label: WORK_STATUS_LABELS[value] })),
              },
              {
                name: "bucket",
                label: "Age",
                placeholder: "Any age",
                value: query.bucket ?? "",
                options: AGING_BUCKETS.map((value) => ({ value, label: `${value} days` })),
              },
            ]}
          />
        </div>
        {shown.length === 0 ? (
          <EmptyState
            className="mt-6"
            title="No claims match these filters"
            description="Loosen a filter or clear them all."
            action={
              <ButtonLink href="/denials" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          />
        ) : (
          <div className="mt-6">
            <WorklistTable rows={shown} query={query} />
          </div>
        )}
      </section>
    </PageContainer>
  );
}
