import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePolicy } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { DisputeDecision } from "@/components/practice/dispute-decision";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { canReviewDisputes } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { listDisputes, type DisputeStatus } from "@/lib/practice/disputes";
import { decideDispute } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Answer-key disputes" };

const FILTERS: Array<{ value: DisputeStatus | "ALL"; label: string }> = [
  { value: "OPEN", label: "Open" },
  { value: "ACCEPTED", label: "Accepted" },
  { value: "REJECTED", label: "Rejected" },
  { value: "ALL", label: "All" },
];
const STATUS_VARIANT = { OPEN: "warning", ACCEPTED: "success", REJECTED: "neutral" } as const;
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const QuerySchema = z.object({ status: z.enum(["OPEN", "ACCEPTED", "REJECTED", "ALL"]).catch("OPEN").default("OPEN") });

export default async function DisputesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePolicy(canReviewDisputes, "/admin/disputes");
  const { status } = QuerySchema.parse(await searchParams);
  const disputes = await listDisputes(await getDatabase(), status === "ALL" ? {} : { status });

  return (
    <PageContainer>
      <PageHeader eyebrow="Admin" title="Answer-key disputes" description="Learners flag key lines they think are wrong. Each dispute names the case version it was raised against; fix the case file and bump its version to correct a key." />
      <nav aria-label="Filter disputes" className="mt-6 flex flex-wrap gap-2">
        {FILTERS.map((filter) => (
          <Link
            key={filter.value}
            href={`/admin/disputes?status=${filter.value}`}
            aria-current={filter.value === status ? "page" : undefined}
            className={cn("rounded-full border px-3 py-1 text-sm font-medium", filter.value === status ? "border-brand bg-brand-soft text-brand-soft-fg" : "border-border text-muted hover:text-fg")}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {disputes.length === 0 ? (
        <EmptyState className="mt-6" title="No disputes here" description="When a learner disputes a line of an answer key, it is listed here with their note." />
      ) : (
        <div className="mt-6">
          <Table label="Disputes">
            <THead>
              <TR>
                <TH>Case and line</TH>
                <TH>Note</TH>
                <TH>Learner</TH>
                <TH>Raised</TH>
                <TH>Status</TH>
                <TH><span className="sr-only">Decision</span></TH>
              </TR>
            </THead>
            <TBody>
              {disputes.map((dispute) => (
                <TR key={dispute.id}>
                  <TD className="align-top">
                    <Link href={`/practice/${dispute.caseId}`} className="font-medium text-brand hover:underline">{dispute.caseTitle}</Link>
                    <p className="mt-0.5 text-xs text-muted">
                      Line {dispute.keyLineId}{dispute.keyLineCode ? ` (${dispute.keyLineCode})` : ""} · key v{dispute.caseVersion}
                      {dispute.currentVersion !== null && dispute.currentVersion !== dispute.caseVersion ? ` · now v${dispute.currentVersion}` : ""}
                    </p>
                  </TD>
                  <TD className="max-w-md align-top whitespace-pre-line">{dispute.note}</TD>
                  <TD className="align-top">{dispute.learnerEmail}</TD>
                  <TD className="align-top whitespace-nowrap">{dateFormat.format(dispute.createdAt)}</TD>
                  <TD className="align-top"><Badge variant={STATUS_VARIANT[dispute.status]}>{dispute.status.toLowerCase()}</Badge></TD>
                  <TD className="align-top"><DisputeDecision disputeId={dispute.id} status={dispute.status} action={decideDispute} /></TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </PageContainer>
  );
}
