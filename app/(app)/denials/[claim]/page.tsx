import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { ChartPassages } from "@/components/denials/chart-passages";
import { ClaimTimeline, timelineEvents } from "@/components/denials/claim-timeline";
import { Cms1500View } from "@/components/denials/cms1500-view";
import { DeadlineText } from "@/components/denials/deadline-text";
import { EdiView } from "@/components/denials/edi-view";
import { LedgerView } from "@/components/denials/ledger-view";
import { PolicyView } from "@/components/denials/policy-view";
import { RemittanceView } from "@/components/denials/remittance-view";
import { WorkPanel } from "@/components/denials/work-panel";
import { WorkResult } from "@/components/denials/work-result";
import { Badge } from "@/components/ui/badge";
import { Tabs } from "@/components/ui/tabs";
import { DENIAL_CATEGORY_LABELS } from "@/lib/claims/adjustment-codes";
import { deadlinesFor, isMedicareFeeForService, presumedReceipt } from "@/lib/claims/deadlines";
import { postRemittance } from "@/lib/claims/posting";
import { PLAN_TYPE_LABELS } from "@/lib/claims/schemas";
import { workStart } from "@/lib/claims/work-start";
import { getDatabase } from "@/lib/db/client";
import { listDenialAttempts } from "@/lib/denials/attempts";
import { denialCatalog, findScenarioByClaim } from "@/lib/denials/catalog";
import { contractRemittance, originalRemittance } from "@/lib/denials/worklist";
import { claimEdi } from "@/lib/denials/edi";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ claim: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const scenario = findScenarioByClaim((await params).claim);
  return { title: scenario ? `Claim ${scenario.claim.claimNumber} · Denials` : "Claim not found" };
}

export default async function DenialClaimPage({ params }: Params) {
  const { claim: claimNumber } = await params;
  const scenario = findScenarioByClaim(claimNumber);
  if (!scenario) notFound();
  const user = await requireUser(`/denials/${scenario.claim.claimNumber}`);
  const attempts = await listDenialAttempts(await getDatabase(), user.id, scenario.id);
  const payer = denialCatalog().payers.get(scenario.claim.payerId)!;
  const remit = originalRemittance(scenario);
  const claim = scenario.claim;
  const serviceDate = claim.lines.map((line) => line.serviceDate).sort()[0]!;
  const deadlines = deadlinesFor({ payer, serviceDate, noticeDate: remit.noticeDate, appealable: remit.appealable, asOf: scenario.workedOn });
  const medicare = isMedicareFeeForService(payer);

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/denials" className="hover:text-fg hover:underline">
          Denials
        </Link>
        <span aria-hidden> / </span>
        <span>{DENIAL_CATEGORY_LABELS[scenario.category]}</span>
      </nav>
      <header className="mt-2 flex flex-col gap-4 border-b border-border pb-5 lg:flex-row lg:items-end lg:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">
            Claim <span className="font-mono">{claim.claimNumber}</span>
          </h1>
          <p className="mt-1 text-fg">
            {claim.patient.name} · {payer.name}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Badge variant="brand">{PLAN_TYPE_LABELS[payer.planType]}</Badge>
            <Badge wrap>{scenario.practice}</Badge>
            <Badge>{scenario.difficulty}</Badge>
          </div>
          <p className="mt-3 max-w-3xl text-sm text-muted">{scenario.summary}</p>
        </div>
        <div className="rounded-xl border border-border bg-surface p-3">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">Deadlines (workbench date {scenario.workedOn})</p>
          <ul className="mt-1 space-y-1">
            {deadlines.map((deadline) => (
              <li key={deadline.kind} className="text-sm">
                <DeadlineText deadline={deadline} />
              </li>
            ))}
          </ul>
        </div>
      </header>

      <div className="mt-6 grid gap-8 xl:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] xl:items-start">
        <section aria-label="The claim and its remittance" className="min-w-0">
          <Tabs
            label="Claim documents"
            items={[
              { id: "remittance", label: "Remittance (835)", content: <RemittanceView remit={remit} /> },
              { id: "claim", label: "Claim (CMS-1500)", content: <Cms1500View claim={claim} payer={payer} summaries={scenario.cptSummaries} /> },
              { id: "chart", label: "Chart", content: <ChartPassages documents={scenario.chart} /> },
              { id: "policy", label: "Payer policy", content: <PolicyView policy={scenario.policy} payer={payer} /> },
              {
                id: "timeline",
                label: "Timeline",
                content: (
                  <ClaimTimeline
                    events={timelineEvents({
                      serviceDate,
                      receivedOn: claim.receivedOn,
                      noticeDate: remit.noticeDate,
                      presumedReceipt: medicare ? presumedReceipt(payer, remit.noticeDate) : undefined,
                      workedOn: scenario.workedOn,
                      deadlines,
                      attempts,
                      history: scenario.member.history.map((prior) => ({
                        serviceDate: prior.serviceDate,
                        codes: prior.lines.map((line) => line.code),
                        payerClaimNumber: prior.payerClaimNumber,
                      })),
                    })}
                  />
                ),
              },
              { id: "posting", label: "Posting", content: <LedgerView posting={postRemittance(remit, contractRemittance(scenario))} /> },
              { id: "edi", label: "Raw EDI", content: <EdiView documents={claimEdi(scenario, payer, remit)} /> },
            ]}
          />
        </section>

        <section aria-labelledby="work-title" className="min-w-0 rounded-2xl border border-border bg-surface p-4 sm:p-5">
          <h2 id="work-title" className="mb-4 text-xl font-bold text-fg">
            Work this claim
          </h2>
          <WorkPanel
            claimNumber={claim.claimNumber}
            rootCauses={scenario.rootCause.options.map((option) => ({ id: option.id, text: option.text }))}
            {...workStart(scenario, payer, remit)}
            documents={scenario.chart}
          />
        </section>
      </div>

      {attempts.length > 0 && (
        <section aria-labelledby="history-title" className="mt-12">
          <h2 id="history-title" className="text-lg font-semibold text-fg">
            Your earlier work on this claim
          </h2>
          <ol className="mt-3 space-y-6">
            {attempts.map((attempt) => (
              <li key={attempt.id} className="rounded-xl border border-border p-4">
                <p className="mb-3 text-sm text-muted">{attempt.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
                <WorkResult attempt={attempt} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
