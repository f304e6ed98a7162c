import type { GroupCode } from "@/lib/claims/adjustment-codes";
import type { IsoDate } from "@/lib/claims/dates";
import { sum, type Cents } from "@/lib/claims/money";
import type { EditId } from "@/lib/claims/rules";

export type RemitAdjustment = { group: GroupCode; reason: string; amount: Cents };

export type RemitLine = {
  /** 1-based line of the claim. */
  line: number;
  serviceDate: IsoDate;
  code: string;
  modifiers: string[];
  units: number;
  billed: Cents;
  allowed: Cents;
  paid: Cents;
  adjustments: RemitAdjustment[];
  remarks: string[];
  /** The rule that denied the line, when one did. */
  deniedBy?: EditId;
};

export type RemittanceStatus = "paid" | "partly-paid" | "denied" | "rejected";

/** One claim's remittance (the CLP loop of an 835 and its lines), as the simulated payer produces it. */
export type Remittance = {
  claimNumber: string;
  payerClaimNumber: string;
  payerId: string;
  noticeDate: IsoDate;
  status: RemittanceStatus;
  /** CLP02: 1 processed as primary, 2 as secondary, 4 denied, 22 reversal of a previous payment. */
  claimStatusCode: "1" | "2" | "4" | "22";
  billed: Cents;
  allowed: Cents;
  paid: Cents;
  patientResponsibility: Cents;
  lines: RemitLine[];
  /** Claim-level remark codes (MA130, MA01 …). */
  remarks: string[];
  /** Whether a first-level appeal is open (false for unprocessable claims and Medicare late filing). */
  appealable: boolean;
};

export const lineAdjustmentTotal = (line: RemitLine): Cents => sum(line.adjustments.map((adjustment) => adjustment.amount));
export const patientResponsibilityOf = (line: RemitLine): Cents =>
  sum(line.adjustments.filter((adjustment) => adjustment.group === "PR").map((adjustment) => adjustment.amount));

/**
 * The X12 835 balancing rules (MLN "Remittance Advice" booklet; 835 TR3 §1.10.2): per line, billed − Σ adjustments = paid;
 * per claim, billed and paid are the sums of the lines, and the patient responsibility is the sum of the PR adjustments.
 * Returns the problems; an empty list means the remittance balances.
 */
export function balanceProblems(remit: Remittance): string[] {
  const problems: string[] = [];
  for (const line of remit.lines) {
    const expected = line.billed - lineAdjustmentTotal(line);
    if (expected !== line.paid)
      problems.push(`line ${line.line}: billed ${line.billed} − adjustments ${lineAdjustmentTotal(line)} = ${expected}, but paid is ${line.paid}`);
    if (line.paid < 0) problems.push(`line ${line.line}: paid is negative`);
  }
  const billed = sum(remit.lines.map((line) => line.billed));
  const paid = sum(remit.lines.map((line) => line.paid));
  const patient = sum(remit.lines.map(patientResponsibilityOf));
  if (billed !== remit.billed) problems.push(`claim: billed ${remit.billed} is not the sum of the lines (${billed})`);
  if (paid !== remit.paid) problems.push(`claim: paid ${remit.paid} is not the sum of the lines (${paid})`);
  if (patient !== remit.patientResponsibility)
    problems.push(`claim: patient responsibility ${remit.patientResponsibility} is not the sum of the PR adjustments (${patient})`);
  return problems;
}

/** The denial on a line, if it has one: the first adjustment that is not pricing (CO-45, PR-1/2/3, CO-253). */
export function lineDenial(line: RemitLine): RemitAdjustment | undefined {
  const pricing = new Set(["CO-45", "PR-1", "PR-2", "PR-3", "CO-253", "OA-23"]);
  return line.adjustments.find((adjustment) => !pricing.has(`${adjustment.group}-${adjustment.reason}`));
}
