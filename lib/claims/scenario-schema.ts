import { z } from "zod";
import { DENIAL_CATEGORIES, GROUP_CODES } from "@/lib/claims/adjustment-codes";
import { EDIT_IDS } from "@/lib/claims/rules";
import { ClaimSchema, CoverageRuleSchema, DollarsSchema, IcdCodeSchema, IsoDateSchema, MemberFileSchema } from "@/lib/claims/schemas";
import { RESOLUTION_KINDS, WRITE_OFF_REASONS } from "@/lib/claims/resolutions";

// A denial scenario (content/denials/scenarios/<id>.yaml): a claim the simulated payer denied (or paid with
// adjustments), the chart behind it, the payer's policy, and the answer key for the learner's denial work.

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case slug");
const Text = z.string().trim().min(1, "text is required");

export const DENIAL_SPECIALTIES = [
  "orthopaedics",
  "family-medicine",
  "cardiology",
  "radiology",
  "dermatology",
  "pain-management",
  "obgyn",
  "gastroenterology",
  "physical-therapy",
  "dme-supplies",
  "emergency",
  "urology",
] as const;

export const DOCUMENT_KINDS = [
  "visit-note",
  "operative-report",
  "procedure-note",
  "radiology-report",
  "therapy-note",
  "order",
  "abn",
  "authorization",
  "eligibility",
  "registration",
  "clearinghouse-report",
] as const;

export const ChartDocumentSchema = z.strictObject({
  id: Slug,
  kind: z.enum(DOCUMENT_KINDS),
  title: Text,
  /** Paragraphs separated by a blank line are the passages a learner can attach to an appeal. */
  text: Text,
});
export type ChartDocument = z.infer<typeof ChartDocumentSchema>;

/** What an appeal answers: a denial by one of the claim rules, or an underpayment (a line paid below the contract). */
export const APPEAL_GROUNDS = [...EDIT_IDS, "underpayment"] as const;
export type AppealGround = (typeof APPEAL_GROUNDS)[number];

export const AppealRequirementSchema = z.strictObject({
  id: Slug,
  /** What the payer's reviewer looks for, in our words. */
  label: Text,
  /** The denial the requirement answers: the line and the rule that denied it (or "underpayment" for a line paid below the contract). */
  lines: z.array(z.number().int().min(1)).min(1),
  edit: z.enum(APPEAL_GROUNDS),
  /** Words that must be in the attached passages (each phrase, case and spacing ignored). */
  evidence: z.array(Text).min(1),
});
export type AppealRequirement = z.infer<typeof AppealRequirementSchema>;

const CorrectionCheckSchema = z.strictObject({
  line: z.number().int().min(1),
  /** The corrected line must carry one of these modifiers. */
  modifierAnyOf: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).optional(),
  /** Modifiers the chart does not support on this line: adding them is a compliance error even if the payer pays. */
  modifierNoneOf: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).optional(),
  units: z.number().int().min(1).optional(),
  /** The line must point to this diagnosis (dotted). */
  pointsTo: z.string().optional(),
  /** The line must be gone from the corrected claim. */
  removed: z.boolean().optional(),
  why: Text,
});

export const DenialScenarioSchema = z
  .strictObject({
    id: Slug,
    version: z.number().int().positive(),
    title: Text,
    specialty: z.enum(DENIAL_SPECIALTIES),
    /** Alex's orthopaedic practice in the career guide, or another practice. */
    practice: Text,
    difficulty: z.enum(["beginner", "intermediate", "advanced"]),
    category: z.enum(DENIAL_CATEGORIES),
    summary: Text,
    claim: ClaimSchema,
    member: MemberFileSchema,
    coverage: z.array(CoverageRuleSchema).default([]),
    policy: z.strictObject({
      title: Text,
      /** Short, synthetic, written by us. */
      text: Text,
      appealRequirements: z.array(AppealRequirementSchema).default([]),
    }),
    remittance: z.strictObject({
      noticeDate: IsoDateSchema,
      payerClaimNumber: z.string().regex(/^[A-Z0-9-]{6,20}$/),
      /** What the simulated payer must produce for this claim: checked by a test against adjudicate(). */
      expect: z.array(z.strictObject({ line: z.number().int().min(1), group: z.enum(GROUP_CODES), reason: Text, remarks: z.array(Text).default([]) })).min(1),
      /** A payer that loaded the wrong rate: allowed amounts it uses instead of the contract (underpayment scenarios). */
      misloadedFees: z.record(z.string(), DollarsSchema).optional(),
    }),
    /** The date the learner works the denial (the workbench clock for this scenario). */
    workedOn: IsoDateSchema,
    chart: z.array(ChartDocumentSchema).min(1).max(5),
    rootCause: z.strictObject({
      options: z
        .array(z.strictObject({ id: Slug, text: Text, correct: z.boolean().default(false), feedback: Text }))
        .min(3)
        .max(5),
    }),
    resolutions: z.strictObject({
      accepted: z.array(z.strictObject({ kind: z.enum(RESOLUTION_KINDS), why: Text })).min(1),
      /** Why the other choices are wrong here (a default is used for any not listed). */
      rejected: z.partialRecord(z.enum(RESOLUTION_KINDS), Text).default({}),
      writeOffReason: z.enum(WRITE_OFF_REASONS).optional(),
    }),
    correction: z.array(CorrectionCheckSchema).default([]),
    /** The fix a model biller sends (changes to the original claim), for corrected, reopened or new claims: tested to be paid. */
    modelCorrection: z
      .strictObject({
        diagnoses: z.array(IcdCodeSchema).min(1).max(12).optional(),
        lines: z
          .array(
            z.strictObject({
              code: z.string().regex(/^([0-9]{4}[0-9FT]|[A-Z][0-9]{4})$/),
              modifiers: z
                .array(z.string().regex(/^[0-9A-Z]{2}$/))
                .max(4)
                .default([]),
              units: z.number().int().min(1),
              pointers: z.array(z.number().int().min(1).max(12)).min(1).max(4),
            }),
          )
          .min(1)
          .optional(),
        memberId: z.string().optional(),
        renderingNpi: z.string().optional(),
        placeOfService: z.string().optional(),
        priorAuthorization: z.string().optional(),
      })
      .optional(),
    reviewerLooksFor: z.array(Text).min(1),
    rationale: Text,
    /** The rule the answer relies on, named: "NCCI Policy Manual, Chapter I …". */
    rule: Text,
    cptSummaries: z.record(z.string().regex(/^[0-9]{4}[0-9FT]$/), Text).default({}),
  })
  .superRefine((scenario, ctx) => {
    const correct = scenario.rootCause.options.filter((option) => option.correct).length;
    if (correct !== 1) ctx.addIssue({ code: "custom", path: ["rootCause", "options"], message: `exactly one root cause is correct (found ${correct})` });
    const kinds = scenario.resolutions.accepted.map((accepted) => accepted.kind);
    if (kinds.includes("write-off") && !scenario.resolutions.writeOffReason)
      ctx.addIssue({ code: "custom", path: ["resolutions", "writeOffReason"], message: "a scenario that accepts a write-off names its reason" });
    for (const kind of kinds)
      if (scenario.resolutions.rejected[kind])
        ctx.addIssue({ code: "custom", path: ["resolutions", "rejected", kind], message: `${kind} is both accepted and rejected` });
    const sends = kinds.some((kind) => kind === "corrected-claim" || kind === "reopening" || kind === "new-claim");
    if (sends && !scenario.modelCorrection)
      ctx.addIssue({
        code: "custom",
        path: ["modelCorrection"],
        message: "a scenario that accepts a corrected, reopened or new claim gives the model correction",
      });
    const misloaded = scenario.remittance.misloadedFees ?? {};
    for (const code of Object.keys(misloaded))
      if (!scenario.claim.lines.some((line) => line.code === code))
        ctx.addIssue({ code: "custom", path: ["remittance", "misloadedFees", code], message: `${code} is not on the claim` });
    scenario.policy.appealRequirements.forEach((requirement, index) => {
      if (requirement.edit !== "underpayment") return;
      for (const line of requirement.lines)
        if (misloaded[scenario.claim.lines[line - 1]?.code ?? ""] === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["policy", "appealRequirements", index, "lines"],
            message: `an underpayment requirement names line ${line}, which the payer did not price at a misloaded rate`,
          });
    });
    if (kinds.includes("appeal") && scenario.policy.appealRequirements.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["policy", "appealRequirements"],
        message: "a scenario that accepts an appeal says what the reviewer needs to see",
      });
  });
export type DenialScenario = z.infer<typeof DenialScenarioSchema>;
export type DenialScenarioInput = z.input<typeof DenialScenarioSchema>;
