import { z } from "zod";
import { DIAGNOSIS_PARTIAL_REASONS, PROCEDURE_PARTIAL_REASONS, type CodingGrade, type CodingVerdict } from "@/lib/coding/types";

/**
 * The grader's output (CodingGrade) as it is stored in CodingAttempt.grade, so a stored grade is read by parsing
 * rather than by a cast. Shapes only: the grader decides the values. Citations are not stored (they are added
 * when an attempt is read), so they are not part of it.
 */
const Reason = z.enum([...DIAGNOSIS_PARTIAL_REASONS, ...PROCEDURE_PARTIAL_REASONS, "accepted-alternate", "wrong-code", "duplicate", "not-in-key"]);
const Points = z.number().finite();

const verdictBase = {
  status: z.enum(["correct", "partial", "wrong", "missing", "extra", "optional"]),
  reasons: z.array(Reason),
  submittedLine: z.number().int().positive().optional(),
  keyLineId: z.string().optional(),
  rationale: z.string().optional(),
  evidence: z.array(z.string()).optional(),
  points: Points,
  maxPoints: Points,
  message: z.string(),
  optional: z.boolean().optional(),
  credit: z.number().min(0).max(1).optional(),
};

const System = z.enum(["cpt", "hcpcs"]);

export const CodingVerdictSchema = z.discriminatedUnion("kind", [
  z.object({
    ...verdictBase,
    kind: z.literal("diagnosis"),
    submitted: z.object({ code: z.string() }).optional(),
    expected: z.object({ code: z.string(), alternates: z.array(z.string()) }).optional(),
  }),
  z.object({
    ...verdictBase,
    kind: z.literal("procedure"),
    submitted: z
      .object({ system: System.optional(), code: z.string(), modifiers: z.array(z.string()), units: z.number(), pointers: z.array(z.number().int()) })
      .optional(),
    expected: z
      .object({
        system: System,
        code: z.string(),
        modifiers: z.array(z.string()),
        units: z.number(),
        pointers: z.array(z.string()),
        pointerCodes: z.array(z.string()),
      })
      .optional(),
  }),
]) satisfies z.ZodType<CodingVerdict>;

export const CodingGradeSchema = z.object({
  score: Points,
  earnedPoints: Points,
  penaltyPoints: Points,
  verdicts: z.array(CodingVerdictSchema),
}) satisfies z.ZodType<CodingGrade>;
