import { adjudicate, type PayerContext, type Waiver } from "@/lib/claims/adjudicate";
import { CARCS } from "@/lib/claims/adjustment-codes";
import { appealDeadline, isMedicareFeeForService } from "@/lib/claims/deadlines";
import type { IsoDate } from "@/lib/claims/dates";
import { lineDenial, type Remittance } from "@/lib/claims/remittance";
import { passagesOf, type AppealRequirement, type ChartDocument } from "@/lib/claims/scenario-schema";
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

/**
 * The payer's reviewer decides a first-level appeal (Medicare redetermination, 42 CFR 405.940–405.958, or a plan's
 * internal appeal). It is dismissed when there are no appeal rights (an unprocessable claim, a Medicare late claim)
 * or it is filed after the deadline. Otherwise each denied line is reconsidered: it is paid when every requirement
 * of the policy for that line and denial is shown in the attached chart passages, and stays denied when the denial
 * is not one records can answer (an NCCI indicator-0 pair, a policy MUE) or the records are missing.
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
  if (waivers.length === 0) return { outcome: "upheld", reasons, met, missing };
  const remittance = adjudicate(claim, { ...context, waivers: [...(context.waivers ?? []), ...waivers], payerClaimNumber: `${original.payerClaimNumber}-A1` });
  const stillDenied = remittance.lines.filter((line) => line.deniedBy !== undefined).length;
  return { outcome: stillDenied === 0 ? "overturned" : "partly-overturned", reasons, met, missing, remittance };
}

function dismissed(reason: string): AppealDecision {
  return { outcome: "dismissed", reasons: [reason], met: [], missing: [] };
}
