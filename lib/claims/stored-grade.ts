import { z } from "zod";
import type { DenialOutcome, DenialWorkGrade, FeedbackItem } from "@/lib/claims/grade";
import type { PayerAnswer } from "@/lib/claims/workbench";
import { parseListLeniently, reportInvalidStoredValue } from "@/lib/db/stored-data";

const OUTCOMES = [
  "paid",
  "overturned",
  "partly-overturned",
  "upheld",
  "denied-again",
  "dismissed",
  "blocked",
  "refused",
  "not-sent",
] as const satisfies readonly DenialOutcome[];

const FeedbackItemSchema = z.object({
  about: z.enum(["root-cause", "resolution", "correction", "payer"]),
  good: z.boolean(),
  message: z.string(),
}) satisfies z.ZodType<FeedbackItem>;

export const DenialWorkGradeSchema = z.object({
  rootCauseCorrect: z.boolean(),
  resolutionCorrect: z.boolean(),
  payerSucceeded: z.boolean().nullable(),
  appealOverturned: z.boolean().nullable(),
  outcome: z.enum(OUTCOMES),
  recovered: z.number().int(),
  score: z.number().finite(),
  feedback: z.array(FeedbackItemSchema),
  rationale: z.string().optional(),
  rule: z.string().optional(),
}) satisfies z.ZodType<DenialWorkGrade>;

type FallbackColumns = { score: number; recoveredCents?: number | null; rootCauseCorrect?: boolean };

/**
 * A stored denial grade (DenialAttempt.grade), field by field: what validates is kept, the rest is reported and
 * replaced by the attempt row's own columns (score, recovered cents) or by "not sent" for the outcome.
 */
export function denialGradeFromStored(stored: unknown, columns: FallbackColumns, where = "denial attempt"): DenialWorkGrade {
  const whole = DenialWorkGradeSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const value = typeof stored === "object" && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const field = <T>(name: keyof DenialWorkGrade, fallback: T): T => {
    const parsed = DenialWorkGradeSchema.shape[name].safeParse(value[name]);
    if (parsed.success && parsed.data !== undefined) return parsed.data as T;
    reportInvalidStoredValue(`${where} grade`, name, parsed.success ? [] : parsed.error.issues);
    return fallback;
  };
  return {
    rootCauseCorrect: field("rootCauseCorrect", columns.rootCauseCorrect ?? false),
    resolutionCorrect: field("resolutionCorrect", false),
    payerSucceeded: field("payerSucceeded", null),
    appealOverturned: field("appealOverturned", null),
    outcome: field<DenialOutcome>("outcome", "not-sent"),
    recovered: field("recovered", columns.recoveredCents ?? 0),
    score: field("score", columns.score),
    feedback: parseListLeniently(FeedbackItemSchema, value.feedback, `${where} grade`, "feedback") ?? [],
    ...(typeof value.rationale === "string" ? { rationale: value.rationale } : {}),
    ...(typeof value.rule === "string" ? { rule: value.rule } : {}),
  };
}

// What the result screen reads of a stored payer answer (DenialAttempt.payerAnswer): the remittance it draws and the
// scrubber's findings. Deeper parts (the corrected claim, an appeal's new remittance) pass as stored.
const Money = z.number().int();
const StoredRemittanceSchema = z.looseObject({
  claimNumber: z.string(),
  payerClaimNumber: z.string(),
  status: z.string(),
  billed: Money,
  allowed: Money,
  paid: Money,
  patientResponsibility: Money,
  lines: z.array(
    z.looseObject({
      line: z.number().int(),
      code: z.string(),
      modifiers: z.array(z.string()),
      units: z.number(),
      billed: Money,
      paid: Money,
      adjustments: z.array(z.looseObject({ group: z.string(), reason: z.string(), amount: Money })),
      remarks: z.array(z.string()),
    }),
  ),
  remarks: z.array(z.string()),
});
const StoredScrubSchema = z.looseObject({
  clean: z.boolean(),
  findings: z.array(z.looseObject({ edit: z.string(), severity: z.string(), what: z.string(), why: z.string() })),
});
const StoredPayerAnswerSchema = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("none") }),
  z.looseObject({ kind: z.literal("blocked"), scrub: StoredScrubSchema }),
  z.looseObject({ kind: z.literal("refused"), reason: z.string() }),
  z.looseObject({ kind: z.literal("remittance"), claim: z.looseObject({}), scrub: StoredScrubSchema, remittance: StoredRemittanceSchema }),
  z.looseObject({ kind: z.literal("appeal"), decision: z.looseObject({ outcome: z.string(), reasons: z.array(z.string()) }) }),
]);

/** A stored payer answer, checked as far as the result screen reads it; one that does not validate is reported and shown as "none". */
export function payerAnswerFromStored(stored: unknown, where = "denial attempt"): PayerAnswer {
  const parsed = StoredPayerAnswerSchema.safeParse(stored);
  if (parsed.success) return parsed.data as PayerAnswer;
  reportInvalidStoredValue(where, "payer answer", parsed.error.issues);
  return { kind: "none" };
}
