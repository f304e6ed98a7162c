import { adjudicate, type PayerContext } from "@/lib/claims/adjudicate";
import { adjudicateAppeal, type Appeal, type AppealDecision } from "@/lib/claims/appeal";
import { isMedicareFeeForService } from "@/lib/claims/deadlines";
import { toCents, type Cents } from "@/lib/claims/money";
import type { Remittance } from "@/lib/claims/remittance";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { ResolutionKind, WriteOffReason } from "@/lib/claims/resolutions";
import type { Claim, ClaimLine, MemberFile, Payer } from "@/lib/claims/schemas";
import { scrubClaim, type ScrubResult } from "@/lib/claims/scrub";
import type { CodeCheck, EditTables } from "@/lib/claims/tables";

/** Everything the payer and the scrubber need besides the scenario: payers, edit tables and a code-set check. */
export type ClaimsWorld = {
  payers: ReadonlyMap<string, Payer>;
  tables: EditTables;
  codeCheck: CodeCheck;
};

export function payerOf(scenario: DenialScenario, world: ClaimsWorld): Payer {
  const payer = world.payers.get(scenario.claim.payerId);
  if (!payer) throw new Error(`scenario ${scenario.id} names payer ${scenario.claim.payerId}, which is not in content/denials/payers.yaml`);
  return payer;
}

function baseContext(scenario: DenialScenario, world: ClaimsWorld, member: MemberFile, payerClaimNumber: string, noticeDate: string): PayerContext {
  return {
    payer: payerOf(scenario, world),
    tables: world.tables,
    codeCheck: world.codeCheck,
    coverage: scenario.coverage,
    history: member.history,
    member,
    noticeDate,
    payerClaimNumber,
    misloadedFees: scenario.remittance.misloadedFees,
  };
}

/** The remittance the learner starts from: the simulated payer's answer to the scenario's claim. */
export function initialRemittance(scenario: DenialScenario, world: ClaimsWorld): Remittance {
  return adjudicate(scenario.claim, baseContext(scenario, world, scenario.member, scenario.remittance.payerClaimNumber, scenario.remittance.noticeDate));
}

/** The member file after the first claim was processed: it is now in the payer's history (unless it was unprocessable). */
function memberAfterFirstClaim(scenario: DenialScenario, original: Remittance): MemberFile {
  if (original.status === "rejected") return scenario.member;
  const serviceDate = scenario.claim.lines[0]!.serviceDate;
  return {
    ...scenario.member,
    history: [
      ...scenario.member.history,
      {
        claimNumber: scenario.claim.claimNumber,
        payerClaimNumber: original.payerClaimNumber,
        serviceDate,
        lines: scenario.claim.lines.map((line) => ({ code: line.code, modifiers: line.modifiers, units: line.units })),
      },
    ],
  };
}

/** The claim as the learner corrected it in the claim editor: codes, lines and the header fields a biller fixes. */
export type ClaimCorrection = {
  diagnoses: string[];
  lines: { code: string; modifiers: string[]; units: number; pointers: number[]; serviceDate?: string }[];
  memberId?: string;
  renderingNpi?: string;
  placeOfService?: string;
  priorAuthorization?: string;
};

/** The charge for a line: the original line's charge for the same code, else twice the synthetic fee (the practice's charge master). */
function chargeFor(scenario: DenialScenario, tables: EditTables, code: string, units: number): Cents {
  const original = scenario.claim.lines.find((line) => line.code === code);
  if (original) return Math.round((original.charge / original.units) * units);
  const fee = tables.codes.get(code)?.fee;
  return fee === undefined ? toCents(100) * units : Math.round((fee * 2) / 100) * 100 * units;
}

/** The claim as it was sent, in the editor's shape: where a correction starts. */
export function correctionStart(scenario: DenialScenario): ClaimCorrection {
  return {
    diagnoses: [...scenario.claim.diagnoses],
    lines: scenario.claim.lines.map((line) => ({
      code: line.code,
      modifiers: [...line.modifiers],
      units: line.units,
      pointers: [...line.pointers],
      serviceDate: line.serviceDate,
    })),
    memberId: scenario.claim.memberId,
    renderingNpi: scenario.claim.renderingNpi,
    placeOfService: scenario.claim.placeOfService,
    priorAuthorization: scenario.claim.priorAuthorization ?? "",
  };
}

/** The scenario's model correction applied to the claim as sent. */
export function modelCorrectionOf(scenario: DenialScenario): ClaimCorrection | undefined {
  const model = scenario.modelCorrection;
  if (!model) return undefined;
  const start = correctionStart(scenario);
  return { ...start, ...model, lines: model.lines ?? start.lines, diagnoses: model.diagnoses ?? start.diagnoses };
}

export function applyCorrection(
  scenario: DenialScenario,
  world: ClaimsWorld,
  correction: ClaimCorrection,
  kind: "corrected-claim" | "reopening" | "new-claim",
  original: Remittance,
): Claim {
  const serviceDate = scenario.claim.lines[0]!.serviceDate;
  const lines: ClaimLine[] = correction.lines.map((line) => ({
    serviceDate: line.serviceDate ?? serviceDate,
    code: line.code,
    modifiers: line.modifiers,
    units: line.units,
    pointers: line.pointers,
    charge: chargeFor(scenario, world.tables, line.code, line.units),
  }));
  return {
    ...scenario.claim,
    frequency: kind === "corrected-claim" ? "7" : "1",
    ...(kind === "corrected-claim" ? { originalReference: original.payerClaimNumber } : {}),
    memberId: correction.memberId ?? scenario.claim.memberId,
    renderingNpi: correction.renderingNpi ?? scenario.claim.renderingNpi,
    placeOfService: correction.placeOfService ?? scenario.claim.placeOfService,
    priorAuthorization: correction.priorAuthorization?.trim() || scenario.claim.priorAuthorization,
    diagnoses: correction.diagnoses,
    lines,
    receivedOn: scenario.workedOn,
  };
}

export function scrubCorrection(scenario: DenialScenario, world: ClaimsWorld, claim: Claim): ScrubResult {
  const payer = payerOf(scenario, world);
  return scrubClaim(claim, {
    payer,
    tables: world.tables,
    codeCheck: world.codeCheck,
    coverage: scenario.coverage,
    history: scenario.member.history,
    asOf: scenario.workedOn,
  });
}

export type DenialWork = {
  rootCause: string;
  resolution: ResolutionKind;
  writeOffReason?: WriteOffReason;
  correction?: ClaimCorrection;
  appeal?: Appeal;
};

/** What happened when the work went to the payer, or why it did not go. */
export type PayerAnswer =
  | { kind: "none" }
  | { kind: "blocked"; scrub: ScrubResult }
  | { kind: "refused"; reason: string }
  | { kind: "remittance"; claim: Claim; scrub: ScrubResult; remittance: Remittance }
  | { kind: "appeal"; decision: AppealDecision };

/**
 * Sends the learner's work to the simulated payer when the resolution involves it: a corrected, reopened or new
 * claim (scrubbed first; errors block it) or an appeal. Other resolutions stay in the practice.
 */
export function sendToPayer(scenario: DenialScenario, world: ClaimsWorld, work: DenialWork): PayerAnswer {
  const original = initialRemittance(scenario, world);
  const payer = payerOf(scenario, world);
  const member = memberAfterFirstClaim(scenario, original);
  const resubmission = `${original.payerClaimNumber}-R1`;
  switch (work.resolution) {
    case "corrected-claim":
    case "reopening":
    case "new-claim": {
      if (!work.correction) return { kind: "refused", reason: "Correct the claim in the claim editor before sending it." };
      if (work.resolution === "reopening" && !isMedicareFeeForService(payer))
        return {
          kind: "refused",
          reason: `${payer.name} does not take reopening requests: a commercial or Medicaid plan takes a corrected (replacement) claim.`,
        };
      if (work.resolution === "reopening" && original.status === "rejected")
        return { kind: "refused", reason: "There is nothing to reopen: an unprocessable claim never got a decision. Send a new claim." };
      const claim = applyCorrection(scenario, world, work.correction, work.resolution, original);
      const scrub = scrubCorrection(scenario, world, claim);
      if (!scrub.clean) return { kind: "blocked", scrub };
      const context = baseContext(scenario, world, member, work.resolution === "reopening" ? original.payerClaimNumber : resubmission, scenario.workedOn);
      const remittance = adjudicate(claim, work.resolution === "reopening" ? { ...context, reopens: original.payerClaimNumber } : context);
      return { kind: "remittance", claim, scrub, remittance };
    }
    case "appeal": {
      if (!work.appeal) return { kind: "refused", reason: "Write the appeal before sending it." };
      const context = { ...baseContext(scenario, world, member, original.payerClaimNumber, scenario.workedOn), reopens: original.payerClaimNumber };
      const decision = adjudicateAppeal({
        claim: scenario.claim,
        original,
        context,
        requirements: scenario.policy.appealRequirements,
        chart: scenario.chart,
        appeal: work.appeal,
      });
      return { kind: "appeal", decision };
    }
    default:
      return { kind: "none" };
  }
}
