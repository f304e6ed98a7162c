import { z } from "zod";
import { RESOLUTION_KINDS, WRITE_OFF_REASONS } from "@/lib/claims/resolutions";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";

const ClaimNumberSchema = z.string("Unknown claim.").regex(/^[A-Za-z0-9-]{4,20}$/, "Unknown claim.");
const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The submission is missing its key; reload the page and try again.");

/** The corrected claim as the claim editor sends it: the same coding answer as chart practice, plus header fields. */
export const ClaimCorrectionInputSchema = z.object({
  answer: CodingSubmissionSchema,
  memberId: z.string().trim().max(30, "A member id is at most 30 characters.").optional(),
  renderingNpi: z.string().trim().max(10, "An NPI is 10 digits.").optional(),
  placeOfService: z.string().trim().max(2, "A place of service is two digits.").optional(),
  priorAuthorization: z.string().trim().max(30, "An authorization number is at most 30 characters.").optional(),
});
export type ClaimCorrectionInput = z.input<typeof ClaimCorrectionInputSchema>;

export const PassageRefSchema = z.object({ documentId: z.string().regex(/^[a-z0-9-]{1,60}$/), passage: z.number().int().min(0).max(200) });

export const AppealInputSchema = z.object({
  letter: z
    .string("Write the appeal letter.")
    .max(8000, "Keep the letter under 8,000 characters.")
    .refine((text) => text.trim().length >= 40, "Write at least a few sentences: what you dispute and why (40 characters or more)."),
  attachments: z.array(PassageRefSchema).max(40, "Attach at most 40 passages.").default([]),
});

export const SubmitDenialWorkSchema = z
  .strictObject({
    claimNumber: ClaimNumberSchema,
    idempotencyKey: IdempotencyKeySchema,
    rootCause: z.string("Choose the root cause.").regex(/^[a-z0-9-]{1,60}$/, "Choose the root cause."),
    resolution: z.enum(RESOLUTION_KINDS, "Choose a resolution."),
    writeOffReason: z.enum(WRITE_OFF_REASONS, "Choose the write-off reason.").optional(),
    correction: ClaimCorrectionInputSchema.optional(),
    appeal: AppealInputSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const sends = input.resolution === "corrected-claim" || input.resolution === "reopening" || input.resolution === "new-claim";
    if (sends && !input.correction) ctx.addIssue({ code: "custom", path: ["correction"], message: "Correct the claim in the claim editor before sending it." });
    if (input.resolution === "appeal" && !input.appeal) ctx.addIssue({ code: "custom", path: ["appeal"], message: "Write the appeal before sending it." });
    if (input.resolution === "write-off" && !input.writeOffReason)
      ctx.addIssue({ code: "custom", path: ["writeOffReason"], message: "Choose the adjustment reason for the write-off." });
  });
export type SubmitDenialWorkInput = z.input<typeof SubmitDenialWorkSchema>;

export const ScrubClaimSchema = z.strictObject({ claimNumber: ClaimNumberSchema, correction: ClaimCorrectionInputSchema });
