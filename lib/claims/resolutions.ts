// The resolutions a learner can choose for a remittance and the write-off reasons, with their labels. No zod here,
// so client components can import them; scenario-schema.ts builds its enums from them.

/** What the learner can do with a remittance (the list of resolutions). */
export const RESOLUTION_KINDS = [
  "corrected-claim",
  "reopening",
  "new-claim",
  "appeal",
  "write-off",
  "bill-patient",
  "registration",
  "bill-other-payer",
  "no-action",
] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];
export const RESOLUTION_LABELS: Record<ResolutionKind, { label: string; hint: string }> = {
  "corrected-claim": { label: "Send a corrected claim", hint: "A replacement claim (frequency 7) naming the original, for a commercial or Medicaid payer." },
  reopening: { label: "Ask Medicare to reopen it", hint: "Fixes a clerical error on a processed Medicare claim without an appeal." },
  "new-claim": { label: "Send a new claim", hint: "For a claim the payer could not process at all (unprocessable): correct it and send it as new." },
  appeal: { label: "Appeal (level 1)", hint: "Medicare redetermination or the plan's internal appeal, with the records that answer the denial." },
  "write-off": { label: "Write it off", hint: "Adjust the balance off the account with the right adjustment reason; nobody is billed." },
  "bill-patient": { label: "Bill the patient", hint: "Only for an amount under group PR (patient responsibility)." },
  registration: { label: "Send back to registration", hint: "Eligibility or coverage order is wrong: registration verifies it and updates the account." },
  "bill-other-payer": {
    label: "Bill the other payer",
    hint: "Send the claim to the payer that should pay first, or on to the secondary with this remittance.",
  },
  "no-action": { label: "Post it; no action", hint: "Nothing is wrong: the adjustments are contractual or the patient's share, posted as they are." },
};

/** The adjustment reasons a write-off can be filed under in the practice's ledger. */
export const WRITE_OFF_REASONS = [
  "timely-filing",
  "bundled-ncci",
  "global-surgery",
  "units-over-limit",
  "medical-necessity-no-abn",
  "provider-liable-other",
  "small-balance",
] as const;
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];
export const WRITE_OFF_LABELS: Record<WriteOffReason, string> = {
  "timely-filing": "Timely filing (provider liable)",
  "bundled-ncci": "Bundled under an NCCI edit",
  "global-surgery": "Included in the global surgical package",
  "units-over-limit": "Units over the MUE (provider liable)",
  "medical-necessity-no-abn": "Not medically necessary, no valid ABN",
  "provider-liable-other": "Other provider-liable denial",
  "small-balance": "Small balance",
};
