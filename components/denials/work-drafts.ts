import type { AppealFields, CorrectionState } from "@/lib/claims/work-start";
import { submissionFromDraft } from "@/lib/practice/draft-editing";

// What the denial work forms (the claim page's work panel and the workday's denial task) start from and send, apart
// from the editors themselves, which load only once a resolution asks for them (lazy-editors.ts).

/** The appeal letter's starting text, filled from the claim. */
export function appealTemplate(fields: AppealFields): string {
  return [
    `To: ${fields.payerName}, appeals department`,
    `Re: ${fields.level} — ${fields.patient}, member ${fields.memberId}, claim ${fields.payerClaimNumber} (our ${fields.claimNumber}), date of service ${fields.serviceDate}`,
    "",
    `We ask you to reconsider your decision on ${fields.services} (${fields.denial}).`,
    "",
    "Why the service meets your policy: [state each requirement of the policy and where the attached records show it]",
    "",
    "Attached: [list the chart passages you attached]",
    "",
    `Sincerely, ${fields.provider}`,
  ].join("\n");
}

/** The correction as the server action takes it. */
export const correctionPayload = (state: CorrectionState) => ({ answer: submissionFromDraft(state.answer).submission, ...state.header });
