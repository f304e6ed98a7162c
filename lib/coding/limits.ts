// The CMS-1500 form: box 21 holds twelve diagnoses (A–L), box 24 has four modifier and four pointer slots a line.
// Apart from the schemas (lib/coding/schemas.ts) so that the claim form in the browser does not load zod.
export const SUBMISSION_LIMITS = { diagnoses: 12, procedures: 20, modifiersPerLine: 4, pointersPerLine: 4, units: 999 } as const;
