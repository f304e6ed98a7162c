import { adjudicate, type PayerContext, type Waiver } from "@/lib/claims/adjudicate";
import { CARCS } from "@/lib/claims/adjustment-codes";
import { appealDeadline, isMedicareFeeForService } from "@/lib/claims/deadlines";
import type { IsoDate } from "@/lib/claims/dates";
import { formatCents, type Cents } from "@/lib/claims/money";
import { lineDenial, type Remittance } from "@/lib/claims/remittance";
import type { AppealRequirement, ChartDocument } from "@/lib/claims/scenario-schema";
import { passagesOf } from "@/lib/claims/passages";
import type { Claim } from "@/lib/claims/schemas";

/** A chart passage attached to an appeal: the document and the paragraph's index in it. */
export type PassageRef = { documentId: string; passage: number };

export type Appeal = {
  filedOn: IsoDate;
  /** The learner's letter, stored as typed. */
  letter: string;
  attachments: readonly PassageRef[];
};

export type AppealOutcome = "overturned" | "partly-overturned" | "upheld" | "dismissed";

export type AppealDecision = {
  outcome: AppealOutcome;
  /** The payer's reasons, in plain words. */
  reasons: string[];
  met: string[];
  missing: string[];
  /** The new remittance when any line was overturned. */
  remittance?: Remittance;
};

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** The text of the attached passages; unknown references are ignored (they attach nothing). */
export function attachedText(chart: readonly ChartDocument[], attachments: readonly PassageRef[]): string {
  return attachments
    .map((ref) => {
      const document = chart.find((candidate) => candidate.id === ref.documentId);
      return document ? (passagesOf(document)[ref.passage] ?? "") : "";
    })
    .join("\n");
}

/** The amounts written in a letter ("$650.00", "1,300.50", "650"), in cents: how the reviewer reads a calculation. */
export function amountsIn(text: string): Set<Cents> {
  const amounts = new Set<Cents>();
  for (const match of text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![\d,]*\d)/g))
    amounts.add(Number(match[1]!.replaceAll(",", "")) * 100 + Number(match[2] ?? 0));
  return amounts;
}

/**
 * The payer's reviewer decides a first-level appeal (Medicare redetermination, 42 CFR 405.940–405.958, or a plan's
 * internal appeal). It is dismissed when there are no appeal rights (an unprocessable claim, a Medicare late claim)
 * or it is filed after the deadline. Otherwise each denied line is reconsidered: it is paid when every requirement
 * of the policy for that line and denial is shown in the attached chart passages, and stays denied when the denial
 * is not one records can answer (an NCCI indicator-0 pair, a policy MUE) or the records are missing. A line the payer
 * priced at a misloaded rate (an underpayment) is repriced at the contract when the attached records show the
 * contract's terms and the letter states the contracted allowed amount (the calculation).
 */
export function adjudicateAppeal(input: {
  claim: Claim;
  original: Remittance;
  context: PayerContext;
  requirements: readonly AppealRequirement[];
  chart: readonly ChartDocument[];
  appeal: Appeal;
}): AppealDecision {
  const { claim, original, context, requirements, chart, appeal } = input;
  const medicare = isMedicareFeeForService(context.payer);
  if (original.status === "rejected")
    return dismissed("The claim was returned as unprocessable, so there is no decision to appeal. Correct it and send it as a new claim.");
  if (!original.appealable)
    return dismissed(
      medicare
        ? "A claim denied for late filing is not an initial determination, so Medicare gives it no appeal rights (42 CFR 424.44; IOM 100-04 Ch. 1 §70.5)."
        : "This denial carries no appeal rights.",
    );
  const deadline = appealDeadline(context.payer, original.noticeDate);
  if (appeal.filedOn > deadline) return dismissed(`The appeal was filed on ${appeal.filedOn}, after the deadline of ${deadline}.`);
  if (normalise(appeal.letter).length < 40) return dismissed("The request does not say what is disputed and why: a letter is required.");

  const evidence = normalise(attachedText(chart, appeal.attachments));
  const deniedLines = original.lines.filter((line) => line.deniedBy !== undefined);
  const met: string[] = [];
  const missing: string[] = [];
  const waivers: Waiver[] = [];
  const reasons: string[] = [];
  for (const line of deniedLines) {
    const own = requirements.filter((requirement) => requirement.lines.includes(line.line) && requirement.edit === line.deniedBy);
    const denial = lineDenial(line);
    const label = denial ? `${denial.group}-${denial.reason}` : "the denial";
    if (own.length === 0) {
      reasons.push(`Line ${line.line} (${line.code}): ${label} stands. ${CARCS.get(denial?.reason ?? "")?.action ?? "Records do not change this denial."}`);
      continue;
    }
    const unmet = own.filter((requirement) => !requirement.evidence.every((phrase) => evidence.includes(normalise(phrase))));
    for (const requirement of own) (unmet.includes(requirement) ? missing : met).push(requirement.label);
    if (unmet.length === 0) {
      waivers.push({ line: line.line, edit: line.deniedBy! });
      reasons.push(`Line ${line.line} (${line.code}): the records show what the policy requires; ${label} is reversed.`);
    } else {
      reasons.push(
        `Line ${line.line} (${line.code}): ${label} upheld. The attached records do not show: ${unmet.map((requirement) => requirement.label.toLowerCase()).join("; ")}.`,
      );
    }
  }
  const { repriced, stillShort } = reviewUnderpayments({ claim, original, context, requirements, evidence, letter: appeal.letter, met, missing, reasons });
  if (waivers.length === 0 && repriced.size === 0) return { outcome: "upheld", reasons, met, missing };
  const misloadedFees = Object.fromEntries(Object.entries(context.misloadedFees ?? {}).filter(([code]) => !repriced.has(code)));
  const remittance = adjudicate(claim, {
    ...context,
    waivers: [...(context.waivers ?? []), ...waivers],
    misloadedFees,
    payerClaimNumber: `${original.payerClaimNumber}-A1`,
  });
  const stillDenied = remittance.lines.filter((line) => line.deniedBy !== undefined).length;
  return { outcome: stillDenied === 0 && !stillShort ? "overturned" : "partly-overturned", reasons, met, missing, remittance };
}

/**
 * The reviewer's check of each paid line priced at a misloaded rate: the contract (the same claim priced without the
 * misloaded rates) says what it should have allowed; the line is repriced when the records show the contract's
 * terms and the letter states that amount. Returns the codes to reprice and whether any underpaid line stays short.
 */
function reviewUnderpayments(input: {
  claim: Claim;
  original: Remittance;
  context: PayerContext;
  requirements: readonly AppealRequirement[];
  evidence: string;
  letter: string;
  met: string[];
  missing: string[];
  reasons: string[];
}): { repriced: Set<string>; stillShort: boolean } {
  const { claim, original, context, requirements, evidence, met, missing, reasons } = input;
  const misloaded = context.misloadedFees ?? {};
  const repriced = new Set<string>();
  let stillShort = false;
  const underpaid = original.lines.filter((line) => !line.deniedBy && misloaded[line.code] !== undefined);
  if (underpaid.length === 0) return { repriced, stillShort };
  const contract = adjudicate(claim, { ...context, misloadedFees: undefined });
  const stated = amountsIn(input.letter);
  for (const line of underpaid) {
    const expected = contract.lines.find((candidate) => candidate.line === line.line)?.allowed ?? 0;
    if (expected <= line.allowed) continue;
    const own = requirements.filter((requirement) => requirement.lines.includes(line.line) && requirement.edit === "underpayment");
    const unmet = own.filter((requirement) => !requirement.evidence.every((phrase) => evidence.includes(normalise(phrase))));
    for (const requirement of own) (unmet.includes(requirement) ? missing : met).push(requirement.label);
    const calculation = "The calculation: the contracted allowed amount for the line";
    const calculated = stated.has(expected);
    (calculated ? met : missing).push(calculation);
    if (unmet.length === 0 && calculated) {
      repriced.add(line.code);
      reasons.push(
        `Line ${line.line} (${line.code}): the contract allows ${formatCents(expected)}, and the line was allowed ${formatCents(line.allowed)}; it is reprocessed at the contract rate.`,
      );
      continue;
    }
    stillShort = true;
    const gaps = [
      ...unmet.map((requirement) => requirement.label.toLowerCase()),
      ...(calculated ? [] : ["the contracted allowed amount for the line, worked out in the letter"]),
    ];
    reasons.push(`Line ${line.line} (${line.code}): the payment stands. The appeal does not show: ${gaps.join("; ")}.`);
  }
  return { repriced, stillShort };
}

function dismissed(reason: string): AppealDecision {
  return { outcome: "dismissed", reasons: [reason], met: [], missing: [] };
}
