import { z } from "zod";
import { CodingSubmissionSchema, SUBMISSION_LIMITS } from "@/lib/coding/schemas";

export const CaseIdSchema = z.string("Unknown case.").regex(/^[a-z0-9-]{1,100}$/, "Unknown case.");
const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The submission is missing its key; reload the page and try again.");

/**
 * An answer still being written: codes may be half-typed, so only sizes are checked. It is the coding
 * form's own state, saved as the learner types so a reload brings it back.
 */
export const DraftAnswerSchema = z.object({
  diagnoses: z.array(z.object({ code: z.string().max(12, "A code is at most 12 characters.") })).max(SUBMISSION_LIMITS.diagnoses),
  procedures: z
    .array(
      z.object({
        code: z.string().max(12, "A code is at most 12 characters."),
        modifiers: z.array(z.string().max(4)).max(SUBMISSION_LIMITS.modifiersPerLine),
        units: z.string().max(4, "Units are at most 3 digits."),
        pointers: z.array(z.number().int().min(1).max(SUBMISSION_LIMITS.diagnoses)).max(SUBMISSION_LIMITS.pointersPerLine),
      }),
    )
    .max(SUBMISSION_LIMITS.procedures),
});
export type DraftAnswer = z.infer<typeof DraftAnswerSchema>;

export const SaveDraftSchema = z.object({ caseId: CaseIdSchema, answer: DraftAnswerSchema });

export const SubmitAttemptSchema = z.object({
  caseId: CaseIdSchema,
  idempotencyKey: IdempotencyKeySchema,
  answer: CodingSubmissionSchema,
  /**
   * The form row each submitted line came from (blank rows are dropped before grading), so the feedback can use
   * the letters the learner saw: a line pointing to the second row shows "B" even when the first row was blank.
   */
  formRows: z
    .object({
      diagnoses: z.array(z.number().int().min(0).max(SUBMISSION_LIMITS.diagnoses - 1)).max(SUBMISSION_LIMITS.diagnoses),
      procedures: z.array(z.number().int().min(0).max(SUBMISSION_LIMITS.procedures - 1)).max(SUBMISSION_LIMITS.procedures),
    })
    .optional(),
  /** The timer as the browser saw it; used only when no draft recorded when the learner started. */
  elapsedSeconds: z.number().int().min(0).max(24 * 60 * 60).optional(),
});
export type SubmitAttemptInput = z.input<typeof SubmitAttemptSchema>;

export const DisputeSchema = z.object({
  caseId: CaseIdSchema,
  keyLineId: z.string().regex(/^[dp][0-9]{1,2}$/, "Choose a line of the answer key."),
  note: z
    .string("Say what you think is wrong with this line.")
    .trim()
    .min(10, "Say in a sentence or two (at least 10 characters) what you think is wrong and why.")
    .max(1000, "Keep the note under 1,000 characters."),
  attemptId: z.string().max(40).optional(),
});
export type DisputeInput = z.input<typeof DisputeSchema>;
