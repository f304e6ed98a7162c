import { isIsoDate, type IsoDate } from "@/lib/claims/dates";
import type { Claim } from "@/lib/claims/schemas";
import { scrubClaim, type ScrubResult } from "@/lib/claims/scrub";
import type { ClaimsWorld } from "@/lib/claims/workbench";
import type { CodingSubmission } from "@/lib/coding/types";

/**
 * Chart practice's "Check claim": the learner's coding put on a claim and run through the same scrubber the denials
 * workbench uses. Chart practice has no claim header (member id, NPIs, place of service), so those are filled with
 * valid placeholders and the check is about the coding: code validity, pointers, NCCI pairs and MUEs, modifiers,
 * add-ons, a visit with a procedure, and age/sex edits when the chart gives the patient's birth date and sex.
 */

/** The payer a practice claim is checked against: NCCI and MUEs are Medicare's edits. */
export const PRACTICE_PAYER_ID = "medicare-b";

/** What a chart says about the claim: the date of service and the patient's birth date and sex, when it says them. */
export type ChartFacts = { serviceDate?: IsoDate; birthDate?: IsoDate; sex?: "F" | "M" };

const usDate = (match: RegExpExecArray | null): IsoDate | undefined => {
  if (!match) return undefined;
  const iso = `${match[3]}-${match[1]}-${match[2]}`;
  return isIsoDate(iso) ? iso : undefined;
};

/** Reads a chart's header lines ("DOB: 12/24/1959", "DATE: 12/15/2026", "66 y/o F"); whatever is missing stays unset. */
export function chartFacts(text: string): ChartFacts {
  const sex = /\b\d{1,3}[ -]?(?:y\/o|yo|year-old)[ -]?(F|M|female|male|woman|man)\b/i.exec(text)?.[1]?.toUpperCase();
  return {
    serviceDate: usDate(/\b(?:DATE(?: OF (?:SERVICE|SURGERY|PROCEDURE|VISIT))?|DOS):?\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(text)),
    birthDate: usDate(/\bDOB:?\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(text)),
    ...(sex ? { sex: sex.startsWith("F") || sex === "WOMAN" ? ("F" as const) : ("M" as const) } : {}),
  };
}

const PLACEHOLDER_NPI = "1234567893";

/** The learner's coding as a claim: their diagnoses and lines, one date of service, placeholder header fields. */
export function practiceClaim(submission: CodingSubmission, facts: ChartFacts, today: IsoDate): Claim {
  const serviceDate = facts.serviceDate ?? today;
  return {
    claimNumber: "PRACTICE",
    frequency: "1",
    payerId: PRACTICE_PAYER_ID,
    patient: { name: "Practice, Patient", birthDate: facts.birthDate ?? serviceDate, sex: facts.sex ?? "U" },
    insured: { name: "Practice, Patient", relationship: "self" },
    memberId: "PRACTICE",
    billingProvider: { name: "Chart practice", npi: PLACEHOLDER_NPI, taxId: "00-0000000", address: "Chart practice" },
    renderingNpi: PLACEHOLDER_NPI,
    renderingName: "Chart practice",
    placeOfService: "11",
    diagnoses: submission.diagnoses.map((diagnosis) => diagnosis.code),
    lines: submission.procedures.map((line) => ({
      serviceDate,
      code: line.code,
      modifiers: line.modifiers,
      units: line.units,
      charge: 0,
      pointers: line.pointers,
    })),
    receivedOn: serviceDate,
  };
}

/** Scrubs the learner's coding as a claim. Age/sex findings are left out when the chart does not give both facts. */
export function scrubPracticeCoding(submission: CodingSubmission, facts: ChartFacts, world: ClaimsWorld, today: IsoDate): ScrubResult {
  const claim = practiceClaim(submission, facts, today);
  const payer = world.payers.get(PRACTICE_PAYER_ID);
  if (!payer) throw new Error(`the practice payer ${PRACTICE_PAYER_ID} is not in content/denials/payers.yaml`);
  const result = scrubClaim(claim, { payer, tables: world.tables, codeCheck: world.codeCheck, coverage: [], history: [], asOf: claim.receivedOn });
  const knowsPatient = facts.birthDate !== undefined && facts.sex !== undefined;
  const findings = knowsPatient ? result.findings : result.findings.filter((finding) => finding.edit !== "age-sex");
  return { findings, clean: findings.every((finding) => finding.severity !== "error") };
}
