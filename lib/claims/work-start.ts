import { deadlinesFor, isMedicareFeeForService } from "@/lib/claims/deadlines";
import { formatCents } from "@/lib/claims/money";
import { lineDenial, type Remittance } from "@/lib/claims/remittance";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { Payer } from "@/lib/claims/schemas";
import { correctionStart } from "@/lib/claims/workbench";
import type { DraftAnswer } from "@/lib/practice/schemas";

/** The claim header boxes a biller fixes in the claim editor. */
export type ClaimHeader = { memberId: string; renderingNpi: string; placeOfService: string; priorAuthorization: string };
/** The claim editor's state: the same draft answer as chart practice, plus the header. */
export type CorrectionState = { answer: DraftAnswer; header: ClaimHeader };

/** The structured fields of a first-level appeal, filled from the claim and the remittance. */
export type AppealFields = {
  level: string;
  payerName: string;
  patient: string;
  memberId: string;
  claimNumber: string;
  payerClaimNumber: string;
  serviceDate: string;
  services: string;
  denial: string;
  provider: string;
  deadline: string;
};

export type WorkStart = { initialCorrection: CorrectionState; appealFields: AppealFields };

/**
 * Where the learner's work on a denial starts: the claim editor holding the claim as billed, and the appeal letter's
 * fields filled from the claim, its remittance and the payer. The workbench's claim page and the workday share it.
 * A claim paid with no denied line but priced at a misloaded rate is disputed for its underpaid lines.
 */
export function workStart(scenario: DenialScenario, payer: Payer, remit: Remittance): WorkStart {
  const claim = scenario.claim;
  const start = correctionStart(scenario);
  const serviceDate = claim.lines.map((line) => line.serviceDate).sort()[0]!;
  const denied = remit.lines.filter((line) => lineDenial(line) && line.deniedBy);
  const underpaid = remit.lines.filter((line) => !line.deniedBy && scenario.remittance.misloadedFees?.[line.code] !== undefined);
  const disputed = denied.length ? denied : underpaid;
  const appeal = deadlinesFor({ payer, serviceDate, noticeDate: remit.noticeDate, appealable: remit.appealable, asOf: scenario.workedOn }).find(
    (deadline) => deadline.kind === "appeal",
  );
  const medicare = isMedicareFeeForService(payer);
  return {
    initialCorrection: {
      answer: {
        diagnoses: start.diagnoses.map((code) => ({ code })),
        procedures: start.lines.map((line) => ({ code: line.code, modifiers: line.modifiers, units: String(line.units), pointers: line.pointers })),
      },
      header: {
        memberId: start.memberId ?? "",
        renderingNpi: start.renderingNpi ?? "",
        placeOfService: start.placeOfService ?? "",
        priorAuthorization: start.priorAuthorization ?? "",
      },
    },
    appealFields: {
      level: medicare
        ? "Request for redetermination (level 1)"
        : payer.planType === "medicare-advantage"
          ? "Request for reconsideration (level 1)"
          : "Internal appeal (level 1)",
      payerName: payer.name,
      patient: claim.patient.name,
      memberId: claim.memberId,
      claimNumber: claim.claimNumber,
      payerClaimNumber: remit.payerClaimNumber,
      serviceDate,
      services: disputed.length ? disputed.map((line) => `line ${line.line} ${line.code}`).join(", ") : "the claim",
      denial: denied.length
        ? denied
            .map((line) => {
              const denial = lineDenial(line)!;
              return `${denial.group}-${denial.reason}${line.remarks.length ? ` ${line.remarks.join(" ")}` : ""}`;
            })
            .join("; ")
        : underpaid.length
          ? `paid below the contract: allowed ${underpaid.map((line) => formatCents(line.allowed)).join(", ")}`
          : "payment as processed",
      provider: `${claim.renderingName}, for ${claim.billingProvider.name}`,
      deadline: appeal?.available ? `${appeal.due} (${appeal.daysLeft} days left)` : "No appeal rights on this denial",
    },
  };
}
