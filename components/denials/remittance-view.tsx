import { Badge } from "@/components/ui/badge";
import { CARCS, GROUP_MEANINGS, RARCS } from "@/lib/claims/adjustment-codes";
import { formatCents } from "@/lib/claims/money";
import type { Remittance } from "@/lib/claims/remittance";
import { AdjustmentChip } from "./adjustment-chip";

const STATUS_LABELS: Record<Remittance["status"], { label: string; variant: "success" | "warning" | "danger" }> = {
  paid: { label: "Paid", variant: "success" },
  "partly-paid": { label: "Partly paid", variant: "warning" },
  denied: { label: "Denied", variant: "danger" },
  rejected: { label: "Returned unprocessable", variant: "danger" },
};

function Money({ label, value, strong }: { label: string; value: number; strong?: boolean }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={strong ? "font-bold text-fg tabular-nums" : "text-fg tabular-nums"}>{formatCents(value)}</dd>
    </div>
  );
}

/** The remittance (835) explained: each line's billed, allowed and paid, every adjustment as group + reason + amount in our words, and the remark codes. */
export function RemittanceView({ remit, title = "Remittance advice (835), explained" }: { remit: Remittance; title?: string }) {
  const status = STATUS_LABELS[remit.status];
  return (
    <section aria-label={title} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-border bg-surface px-4 py-3">
        <div>
          <p className="text-sm font-semibold text-fg">{title}</p>
          <p className="text-xs text-muted">
            Payer claim number {remit.payerClaimNumber} · notice dated {remit.noticeDate} · claim status {remit.claimStatusCode}
          </p>
        </div>
        <Badge variant={status.variant}>{status.label}</Badge>
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-xl border border-border bg-surface p-4 sm:grid-cols-4">
        <Money label="Billed" value={remit.billed} />
        <Money label="Allowed" value={remit.allowed} />
        <Money label="Paid" value={remit.paid} strong />
        <Money label="Patient responsibility" value={remit.patientResponsibility} />
      </dl>
      <ol className="space-y-3">
        {remit.lines.map((line) => (
          <li key={line.line} className="rounded-xl border border-border bg-surface p-4" data-testid="remit-line">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold text-fg">
                Line {line.line}: <span className="font-mono">{line.code}</span>
                {line.modifiers.length > 0 && <span className="font-mono text-muted"> {line.modifiers.join(" ")}</span>}
                <span className="text-sm font-normal text-muted">
                  {" "}
                  · {line.units} unit{line.units === 1 ? "" : "s"} · {line.serviceDate}
                </span>
              </p>
              <p className="text-sm text-muted tabular-nums">
                billed {formatCents(line.billed)} · allowed {formatCents(line.allowed)} ·{" "}
                <span className="font-semibold text-fg">paid {formatCents(line.paid)}</span>
              </p>
            </div>
            {line.adjustments.length > 0 && (
              <ul className="mt-3 space-y-2">
                {line.adjustments.map((adjustment, index) => {
                  const label = `${adjustment.group}-${adjustment.reason}`;
                  return (
                    <li key={index} className="flex flex-wrap items-start gap-2 text-sm">
                      <AdjustmentChip label={label} />
                      <span className="font-semibold tabular-nums">{formatCents(adjustment.amount)}</span>
                      <span className="min-w-0 flex-1 text-muted">
                        <strong className="font-medium text-fg">{GROUP_MEANINGS[adjustment.group].name}.</strong> {CARCS.get(adjustment.reason)?.meaning}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
            {line.remarks.length > 0 && (
              <ul className="mt-2 space-y-1 border-t border-border pt-2">
                {line.remarks.map((remark) => (
                  <li key={remark} className="text-sm text-muted">
                    <span className="font-mono font-semibold text-fg">{remark}</span> {RARCS.get(remark)?.meaning}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-xs text-muted tabular-nums">
              Balances: {formatCents(line.billed)} − {formatCents(line.adjustments.reduce((total, adjustment) => total + adjustment.amount, 0))} adjustments ={" "}
              {formatCents(line.paid)} paid
            </p>
          </li>
        ))}
      </ol>
      {remit.remarks.length > 0 && (
        <div className="rounded-xl border border-border bg-surface p-4">
          <p className="text-sm font-semibold text-fg">Claim-level remarks</p>
          <ul className="mt-1 space-y-1">
            {remit.remarks.map((remark) => (
              <li key={remark} className="text-sm text-muted">
                <span className="font-mono font-semibold text-fg">{remark}</span> {RARCS.get(remark)?.meaning}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-muted">Reason and remark code numbers are X12’s; the descriptions are Chartwise’s own plain-language summaries.</p>
    </section>
  );
}
