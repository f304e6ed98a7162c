import { z } from "zod";
import { SUBMISSION_LIMITS } from "@/lib/coding/limits";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import { IdempotencyKeySchema, recordId, safeText, slug } from "@/lib/validation/fields";

export const CaseIdSchema = slug("Unknown case.");
const draftText = (label: string, max: number) => safeText({ label, max });

/**
 * An answer still being written: codes may be half-typed, so only sizes are checked. It is the coding
 * form's own state, saved as the learner types so a reload brings it back.
 */
export const DraftAnswerSchema = z.object({
  diagnoses: z
    .array(z.strictObject({ code: draftText("A diagnosis code", 12) }))
    .max(SUBMISSION_LIMITS.diagnoses, `A claim lists at most ${SUBMISSION_LIMITS.diagnoses} diagnoses.`),
  procedures: z
    .array(
      z.strictObject({
        code: draftText("A procedure code", 12),
        modifiers: z
          .array(draftText("A modifier", 4))
          .max(SUBMISSION_LIMITS.modifiersPerLine, `A line takes at most ${SUBMISSION_LIMITS.modifiersPerLine} modifiers.`),
        units: draftText("Units", 4),
        pointers: z.array(z.number().int().min(1).max(SUBMISSION_LIMITS.diagnoses)).max(SUBMISSION_LIMITS.pointersPerLine),
      }),
    )
    .max(SUBMISSION_LIMITS.procedures, `A claim has at most ${SUBMISSION_LIMITS.procedures} service lines.`),
});
export type DraftAnswer = z.infer<typeof DraftAnswerSchema>;

export const SaveDraftSchema = z.strictObject({ caseId: CaseIdSchema, answer: DraftAnswerSchema });

/** "Check claim": the coding as it would be submitted, scrubbed without grading. */
export const CheckClaimSchema = z.strictObject({ caseId: CaseIdSchema, answer: CodingSubmissionSchema });

export const SubmitAttemptSchema = z.strictObject({
  caseId: CaseIdSchema,
  idempotencyKey: IdempotencyKeySchema,
  answer: CodingSubmissionSchema,
  /**
   * The form row each submitted line came from (blank rows are dropped before grading), so the feedback can use
   * the letters the learner saw: a line pointing to the second row shows "B" even when the first row was blank.
   */
  formRows: z
    .object({
      diagnoses: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(SUBMISSION_LIMITS.diagnoses - 1),
        )
        .max(SUBMISSION_LIMITS.diagnoses),
      procedures: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(SUBMISSION_LIMITS.procedures - 1),
        )
        .max(SUBMISSION_LIMITS.procedures),
    })
    .optional(),
  /** The timer as the browser saw it; used only when no draft recorded when the learner started. */
  elapsedSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60)
    .optional(),
});
export type SubmitAttemptInput = z.input<typeof SubmitAttemptSchema>;

export const DisputeSchema = z.strictObject({
  caseId: CaseIdSchema,
  keyLineId: z.string("Choose a line of the answer key.").regex(/^[dp][0-9]{1,2}$/, "Choose a line of the answer key."),
  note: safeText({
    label: "The note",
    min: 10,
    max: 1000,
    multiline: true,
    tooShort: "Say in a sentence or two (at least 10 characters) what you think is wrong and why.",
  }),
  attemptId: recordId("That attempt was not found.").optional(),
});
export type DisputeInput = z.input<typeof DisputeSchema>;
