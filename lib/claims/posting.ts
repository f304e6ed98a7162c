import { sum, type Cents } from "@/lib/claims/money";
import { patientResponsibilityOf, type Remittance } from "@/lib/claims/remittance";

export type LedgerEntryKind = "charge" | "insurance-payment" | "contractual-adjustment" | "denial-adjustment" | "transfer-to-patient";

/** One ledger row. Amounts are signed: a charge raises the balance, payments and adjustments lower it. */
export type LedgerEntry = { kind: LedgerEntryKind; line?: number; code?: string; label: string; amount: Cents };

export type Underpayment = { line: number; code: string; contractAllowed: Cents; allowed: Cents; short: Cents };

export type Posting = {
  entries: LedgerEntry[];
  /** What insurance still owes on the claim after posting (0 when the remittance closes the claim). */
  insuranceBalance: Cents;
  /** What the patient owes: the PR adjustments, moved to the patient's side of the ledger. */
  patientBalance: Cents;
  /** Denied amounts left open for follow-up (not written off until someone decides to). */
  openDenied: Cents;
  underpayments: Underpayment[];
};

/**
 * Posts a remittance the way a payment poster does: each line's charge, the insurance payment, the contractual
 * adjustment (CO-45, CO-253), the patient's responsibility moved to the patient (PR-1/2/3 and other PR), and
 * denied amounts left open for follow-up. Compares each allowed amount with the contract (`contract`, the same
 * claim priced at the contracted rates) and lists underpayments.
 */
export function postRemittance(remit: Remittance, contract?: Remittance): Posting {
  const entries: LedgerEntry[] = [];
  let openDenied = 0;
  for (const line of remit.lines) {
    entries.push({ kind: "charge", line: line.line, code: line.code, label: `Charge ${line.code}`, amount: line.billed });
    if (line.paid) entries.push({ kind: "insurance-payment", line: line.line, code: line.code, label: "Insurance payment", amount: -line.paid });
    const contractual = sum(
      line.adjustments
        .filter((adjustment) => adjustment.group === "CO" && (adjustment.reason === "45" || adjustment.reason === "253"))
        .map((adjustment) => adjustment.amount),
    );
    if (contractual)
      entries.push({ kind: "contractual-adjustment", line: line.line, code: line.code, label: "Contractual adjustment (CO-45, CO-253)", amount: -contractual });
    const patient = patientResponsibilityOf(line);
    if (patient)
      entries.push({
        kind: "transfer-to-patient",
        line: line.line,
        code: line.code,
        label: `Transfer to patient (${line.adjustments
          .filter((adjustment) => adjustment.group === "PR")
          .map((adjustment) => `PR-${adjustment.reason}`)
          .join(", ")})`,
        amount: -patient,
      });
    if (line.deniedBy && line.adjustments[0]?.group !== "PR") openDenied += line.adjustments[0]!.amount;
  }
  const underpayments: Underpayment[] = [];
  if (contract) {
    for (const line of remit.lines) {
      const expected = contract.lines.find((candidate) => candidate.line === line.line);
      if (!expected || line.deniedBy || expected.allowed <= line.allowed) continue;
      underpayments.push({
        line: line.line,
        code: line.code,
        contractAllowed: expected.allowed,
        allowed: line.allowed,
        short: expected.allowed - line.allowed,
      });
    }
  }
  const patientBalance = sum(remit.lines.map(patientResponsibilityOf));
  return { entries, insuranceBalance: openDenied, patientBalance, openDenied, underpayments };
}
