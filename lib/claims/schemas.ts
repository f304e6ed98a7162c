import { z } from "zod";
import { GROUP_CODES } from "@/lib/claims/adjustment-codes";
import { isIsoDate } from "@/lib/claims/dates";
import { toCents } from "@/lib/claims/money";

// The claim model: what a CMS-1500 / X12 837P carries, for one patient and one billing provider.
// Amounts in content and forms are dollars; the parsed model holds integer cents.

const Text = z.string().trim().min(1, "text is required");
export const IsoDateSchema = z.string().refine(isIsoDate, "a date written YYYY-MM-DD");
export const DollarsSchema = z
  .number("an amount in dollars")
  .nonnegative("an amount cannot be negative")
  .max(1_000_000, "an amount over $1,000,000 is not plausible here")
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "an amount has at most two decimals (cents)")
  .transform(toCents);

export const PLAN_TYPES = ["medicare-b", "medicaid", "medicare-advantage", "commercial"] as const;
export type PlanType = (typeof PLAN_TYPES)[number];
export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  "medicare-b": "Medicare Part B",
  medicaid: "Medicaid",
  "medicare-advantage": "Medicare Advantage",
  commercial: "Commercial",
};

export const IcdCodeSchema = z.string().regex(/^[A-Z][0-9A-Z]{2}(\.[0-9A-Z]{1,4})?$/, "an ICD-10-CM code written with its dot, such as S83.241A");
const ProcedureCode = z.string().regex(/^([0-9]{4}[0-9FT]|[A-Z][0-9]{4})$/, "a CPT or HCPCS code such as 29881 or L1833");
const Modifier = z.string().regex(/^[0-9A-Z]{2}$/, "a two-character modifier such as RT or 25");

export const SEXES = ["F", "M", "U"] as const;

export const PersonSchema = z.strictObject({
  /** "Last, First" as on the form; synthetic. */
  name: Text,
  birthDate: IsoDateSchema,
  sex: z.enum(SEXES),
  address: Text.optional(),
});

export const ClaimLineSchema = z.strictObject({
  /** The line's date of service ("From" date, box 24A). */
  serviceDate: IsoDateSchema,
  code: ProcedureCode,
  modifiers: z.array(Modifier).max(4, "a line takes at most four modifiers").default([]),
  units: z.number().int().min(1).max(999),
  charge: DollarsSchema,
  /** 1-based pointers into diagnoses (box 24E: A = 1). */
  pointers: z.array(z.number().int().min(1).max(12)).max(4).default([]),
  /** Box 24B when it differs from the claim's place of service. */
  placeOfService: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export type ClaimLine = z.infer<typeof ClaimLineSchema>;

export const ProviderSchema = z.strictObject({
  name: Text,
  /** May be wrong on purpose in a scenario: the scrubber checks it. */
  npi: z.string(),
  taxId: z.string().regex(/^\d{2}-\d{7}$/, "a tax id such as 84-1234567"),
  address: Text,
});

/** Claim frequency (CLM05-3): 1 original, 7 replacement of a prior claim, 8 void. */
export const FREQUENCY_CODES = ["1", "7", "8"] as const;

export const ClaimSchema = z.strictObject({
  /** The practice's claim number (patient control number, CLM01). */
  claimNumber: z.string().regex(/^[A-Z0-9-]{4,20}$/, "a claim number of 4–20 letters, digits or dashes"),
  frequency: z.enum(FREQUENCY_CODES).default("1"),
  /** The payer's claim control number of the claim this one replaces (frequency 7 or 8). */
  originalReference: z.string().optional(),
  payerId: z.string(),
  patient: PersonSchema,
  insured: z.strictObject({ name: Text, relationship: z.enum(["self", "spouse", "child", "other"]) }),
  /** Box 1a; may be blank in a scenario on purpose. */
  memberId: z.string(),
  groupNumber: z.string().optional(),
  billingProvider: ProviderSchema,
  /** Box 24J; may be wrong on purpose. */
  renderingNpi: z.string(),
  renderingName: Text,
  /** Box 24B for every line unless a line says otherwise; may be blank on purpose. */
  placeOfService: z.string(),
  priorAuthorization: z.string().optional(),
  /** Box 11d: another plan pays first, and what it paid (from its remittance), when known. */
  otherPayer: z.strictObject({ name: Text, memberId: Text, paid: DollarsSchema.optional() }).optional(),
  diagnoses: z.array(IcdCodeSchema).min(1, "a claim needs a diagnosis").max(12, "box 21 holds twelve diagnoses (A–L)"),
  lines: z.array(ClaimLineSchema).min(1, "a claim needs a service line").max(50),
  /** The date the payer received it: starts the payer's clocks. */
  receivedOn: IsoDateSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;

// The payer and the member as the payer has them on file.

export const PayerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Text,
  planType: z.enum(PLAN_TYPES),
  /** The payer id sent in the 837 (NM109 of loop 2010BB); synthetic. */
  ediId: z.string().regex(/^[A-Z0-9]{5}$/),
  /** Allowed = fee schedule × this percent (100 = the synthetic Medicare-like schedule). */
  feePercent: z.number().positive().max(300),
  /** Days from the date of service; Medicare's is 12 months and is computed in months, so leave it unset there. */
  timelyFilingDays: z.number().int().positive().optional(),
  /** Days to file the first-level appeal, counted from receipt of the notice. */
  appealDays: z.number().int().positive(),
  /** Days after its date a notice is presumed received (Medicare: 5). */
  noticeReceiptDays: z.number().int().min(0).default(0),
  /** Percent of each payment withheld by law (Medicare sequestration, CARC 253). */
  sequestrationPercent: z.number().min(0).max(10).default(0),
  /** Uses CARC 236 rather than 97 for NCCI pairs. */
  ptpReason: z.enum(["97", "236"]).default("97"),
  sources: z.array(Text).min(1),
});
export type Payer = z.infer<typeof PayerSchema>;

export const PlanBenefitsSchema = z.strictObject({
  deductible: DollarsSchema,
  /** The patient's share after the deductible, in percent. */
  coinsurancePercent: z.number().min(0).max(100),
  /** Fixed amount for an office visit (E/M 99202–99215), instead of deductible and coinsurance; 0 when none. */
  officeVisitCopay: DollarsSchema.default(0),
  /** The most the patient pays in a year (deductible + coinsurance + copays); unset = no cap (Original Medicare). */
  outOfPocketMax: DollarsSchema.optional(),
});
export type PlanBenefits = z.infer<typeof PlanBenefitsSchema>;

export const MemberFileSchema = z.strictObject({
  memberId: Text,
  coverageStart: IsoDateSchema,
  coverageEnd: IsoDateSchema.optional(),
  benefits: PlanBenefitsSchema,
  /** What the patient has already paid this benefit year before this claim. */
  deductibleMet: DollarsSchema.default(0),
  outOfPocketMet: DollarsSchema.default(0),
  authorizations: z.array(z.strictObject({ number: Text, codes: z.array(ProcedureCode).min(1), from: IsoDateSchema, to: IsoDateSchema })).default([]),
  /** Coverage the payer knows of that pays before it (COB / Medicare secondary payer). */
  primaryCoverage: z.strictObject({ payerName: Text, reason: Text }).optional(),
  /** Claims the payer already processed for this member: duplicates and global periods are checked against them. */
  history: z
    .array(
      z.strictObject({
        claimNumber: Text,
        payerClaimNumber: Text,
        serviceDate: IsoDateSchema,
        lines: z.array(z.strictObject({ code: ProcedureCode, modifiers: z.array(Modifier).default([]), units: z.number().int().min(1).default(1) })).min(1),
      }),
    )
    .default([]),
});
export type MemberFile = z.infer<typeof MemberFileSchema>;
export type MemberFileInput = z.input<typeof MemberFileSchema>;

/** One rule of the payer's (synthetic) medical policy for a procedure code. */
export const CoverageRuleSchema = z.strictObject({
  code: ProcedureCode,
  /** ICD-10-CM codes or prefixes ("M17.1", "M54.1") that establish medical necessity (LCD-style); unset = any. */
  coveredDiagnoses: z.array(z.string().regex(/^[A-Z][0-9A-Z.]{1,7}$/)).optional(),
  /** Prefixes of diagnoses consistent with the procedure at all (the body site): else CARC 11. */
  consistentDiagnoses: z.array(z.string().regex(/^[A-Z][0-9A-Z.]{0,7}$/)).optional(),
  /** The payer reviews records before paying (prepayment review): denied as not necessary until records show the policy is met. */
  prepaymentReview: z.boolean().default(false),
  requiresAuthorization: z.boolean().default(false),
  /** A benefit exclusion: never covered by this plan. */
  excluded: z.boolean().default(false),
});
export type CoverageRule = z.infer<typeof CoverageRuleSchema>;

export const AdjustmentSchema = z.strictObject({ group: z.enum(GROUP_CODES), reason: z.string(), amount: z.number().int() });
export type Adjustment = z.infer<typeof AdjustmentSchema>;
