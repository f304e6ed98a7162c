import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatCents } from "@/lib/claims/money";
import type { Posting } from "@/lib/claims/posting";

/** The remittance posted to the patient's account: each ledger row, what insurance still owes, what the patient owes, and any underpayment. */
export function LedgerView({ posting }: { posting: Posting }) {
  return (
    <div className="space-y-4">
      <Table label="Ledger after posting this remittance">
        <THead>
          <TR>
            <TH>Line</TH>
            <TH>Entry</TH>
            <TH numeric>Amount</TH>
          </TR>
        </THead>
        <TBody>
          {posting.entries.map((entry, index) => (
            <TR key={index}>
              <TD className="font-mono text-muted">{entry.line ? `${entry.line} ${entry.code}` : ""}</TD>
              <TD>{entry.label}</TD>
              <TD numeric className={entry.amount < 0 ? "text-success" : ""}>
                {formatCents(entry.amount)}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-xl border border-border bg-surface p-3">
          <dt className="text-xs text-muted">Open with insurance (denied, to work)</dt>
          <dd className="text-lg font-bold tabular-nums">{formatCents(posting.insuranceBalance)}</dd>
        </div>
        <div className="rounded-xl border border-border bg-surface p-3">
          <dt className="text-xs text-muted">Patient balance (PR only)</dt>
          <dd className="text-lg font-bold tabular-nums" data-testid="patient-balance">
            {formatCents(posting.patientBalance)}
          </dd>
        </div>
        <div className="rounded-xl border border-border bg-surface p-3">
          <dt className="text-xs text-muted">Underpaid against the contract</dt>
          <dd className="text-lg font-bold tabular-nums">{formatCents(posting.underpayments.reduce((total, item) => total + item.short, 0))}</dd>
        </div>
      </dl>
      {posting.underpayments.length > 0 && (
        <ul className="space-y-1 text-sm text-fg">
          {posting.underpayments.map((item) => (
            <li key={item.line}>
              Line {item.line} ({item.code}): allowed {formatCents(item.allowed)}, contract {formatCents(item.contractAllowed)} — short{" "}
              {formatCents(item.short)}.
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-muted">
        CO amounts are written off as contractual or left open while a denial is worked; only PR amounts move to the patient.
      </p>
    </div>
  );
}
