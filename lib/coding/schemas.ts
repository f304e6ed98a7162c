import { z } from "zod";
import type { CodingSubmission, ProcedureSystem } from "@/lib/coding/types";
import { formatCode, ICD10CM_CODE_SHAPE, normalizeCode } from "@/lib/codes/normalize-code";
import { SUBMISSION_LIMITS } from "@/lib/coding/limits";

const CPT_SHAPE = /^[0-9]{4}[0-9FT]$/;
const HCPCS_SHAPE = /^[A-Z][0-9]{4}$/;
const MODIFIER_SHAPE = /^[0-9A-Z]{2}$/;

/** Which procedure code set a code's shape belongs to, or null when it is neither CPT nor HCPCS Level II. */
export function procedureSystemOf(code: string): ProcedureSystem | null {
  if (CPT_SHAPE.test(code)) return "cpt";
  if (HCPCS_SHAPE.test(code)) return "hcpcs";
  return null;
}

const DiagnosisCodeSchema = z.string("Enter a diagnosis code.").transform((input, ctx) => {
  const bare = normalizeCode(input);
  if (bare === null || !ICD10CM_CODE_SHAPE.test(bare)) {
    ctx.addIssue({ code: "custom", message: `"${input.trim()}" is not shaped like an ICD-10-CM code. Write it like S83.241A or S83241A.` });
    return z.NEVER;
  }
  return formatCode("icd10cm", bare);
});

const ProcedureCodeSchema = z.string("Enter a CPT or HCPCS code.").transform((input, ctx) => {
  const code = input.trim().toUpperCase();
  if (procedureSystemOf(code) === null) {
    ctx.addIssue({
      code: "custom",
      message: `"${input.trim()}" is not shaped like a CPT code (five characters, such as 29881) or a HCPCS code (a letter and four digits, such as J1885).`,
    });
    return z.NEVER;
  }
  return code;
});

const ModifierSchema = z.string("Enter a modifier.").trim().toUpperCase().regex(MODIFIER_SHAPE, "A modifier is two letters or digits, such as RT or 25.");

const ProcedureLineSchema = z
  .object({
    system: z.enum(["cpt", "hcpcs"], "The code set is cpt or hcpcs.").optional(),
    code: ProcedureCodeSchema,
    modifiers: z
      .array(ModifierSchema)
      .max(SUBMISSION_LIMITS.modifiersPerLine, `A line takes at most ${SUBMISSION_LIMITS.modifiersPerLine} modifiers.`)
      .default([]),
    units: z
      .number("Units must be a whole number from 1 to 999.")
      .int("Units must be a whole number from 1 to 999.")
      .min(1, "Units must be a whole number from 1 to 999.")
      .max(SUBMISSION_LIMITS.units, "Units must be a whole number from 1 to 999."),
    pointers: z
      .array(
        z
          .number("A diagnosis pointer is a number from 1 to 12.")
          .int("A diagnosis pointer is a number from 1 to 12.")
          .min(1, "A diagnosis pointer is a number from 1 to 12.")
          .max(SUBMISSION_LIMITS.diagnoses, "A diagnosis pointer is a number from 1 to 12."),
      )
      .max(SUBMISSION_LIMITS.pointersPerLine, `A line points to at most ${SUBMISSION_LIMITS.pointersPerLine} diagnoses.`)
      .default([]),
  })
  .transform((line, ctx) => {
    const shapeSystem = procedureSystemOf(line.code)!;
    if (line.system !== undefined && line.system !== shapeSystem) {
      ctx.addIssue({ code: "custom", path: ["system"], message: `${line.code} is a ${shapeSystem.toUpperCase()} code, not ${line.system.toUpperCase()}.` });
      return z.NEVER;
    }
    return { ...line, system: shapeSystem };
  });

/** The learner's coding answer: shapes and claim-form limits only. A well-shaped code that does not exist is graded, not rejected. */
export const CodingSubmissionSchema = z
  .object({
    diagnoses: z
      .array(z.object({ code: DiagnosisCodeSchema }))
      .max(SUBMISSION_LIMITS.diagnoses, `List at most ${SUBMISSION_LIMITS.diagnoses} diagnoses, as on a claim form.`),
    procedures: z.array(ProcedureLineSchema).max(SUBMISSION_LIMITS.procedures, `Enter at most ${SUBMISSION_LIMITS.procedures} procedure lines.`).default([]),
  })
  .superRefine((submission, ctx) => {
    submission.procedures.forEach((line, index) => {
      const name = `Line ${index + 1} (${line.code})`;
      const modifiers = new Set<string>();
      line.modifiers.forEach((modifier, position) => {
        if (modifiers.has(modifier))
          ctx.addIssue({ code: "custom", path: ["procedures", index, "modifiers", position], message: `${name} lists modifier ${modifier} twice.` });
        modifiers.add(modifier);
      });
      const pointers = new Set<number>();
      line.pointers.forEach((pointer, position) => {
        const path = ["procedures", index, "pointers", position];
        if (pointer > submission.diagnoses.length) {
          const listed =
            submission.diagnoses.length === 0
              ? "no diagnoses are listed"
              : `only ${submission.diagnoses.length} ${submission.diagnoses.length === 1 ? "diagnosis is" : "diagnoses are"} listed`;
          ctx.addIssue({ code: "custom", path, message: `${name} points to diagnosis ${pointer}, but ${listed}.` });
        } else if (pointers.has(pointer)) {
          ctx.addIssue({ code: "custom", path, message: `${name} points to diagnosis ${pointer} twice.` });
        }
        pointers.add(pointer);
      });
    });
  }) satisfies z.ZodType<CodingSubmission>;

export type CodingSubmissionInput = z.input<typeof CodingSubmissionSchema>;
