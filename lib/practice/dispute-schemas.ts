import { z } from "zod";
import { CaseIdSchema } from "@/lib/practice/schemas";

/** A code as a learner types it, as the key writes it: ICD-10-CM with its dot, CPT or HCPCS as is. */
export function normaliseProposedCode(input: string): string {
  const code = input.trim().toUpperCase().replace(/\s+/g, "");
  if (/^[A-Z][0-9][0-9A-Z][0-9A-Z]{1,4}$/.test(code) && !/^[A-Z][0-9]{4}$/.test(code)) return `${code.slice(0, 3)}.${code.slice(3)}`;
  return code;
}

const ProposedCode = z
  .string("Give the code you think the key is missing.")
  .transform(normaliseProposedCode)
  .pipe(
    z
      .string()
      .regex(
        /^([A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?|[0-9]{4}[0-9FT]|[A-Z][0-9]{4})$/,
        "Give an ICD-10-CM, CPT or HCPCS code, such as S83.231A, 29880 or J1885.",
      ),
  );

export const MissingLineDisputeSchema = z.strictObject({
  caseId: CaseIdSchema,
  code: ProposedCode,
  note: z
    .string("Say why the key should have this code.")
    .trim()
    .min(10, "Say in a sentence or two (at least 10 characters) why the chart supports this code.")
    .max(1000, "Keep the note under 1,000 characters."),
  attemptId: z.string().max(40).optional(),
});

export const ReviewDisputeSchema = z.object({
  disputeId: z.string("Choose a dispute.").regex(/^[a-z0-9]{1,40}$/i, "That dispute does not exist."),
  status: z.enum(["ACCEPTED", "REJECTED", "OPEN"], "Choose accept, reject or reopen."),
  reply: z
    .string("Write a reply to the learner.")
    .trim()
    .min(5, "Write the learner a reply: what you decided and why (at least 5 characters).")
    .max(2000, "Keep the reply under 2,000 characters."),
});

export const RegradeSchema = z.strictObject({ attemptId: z.string("Choose an attempt.").regex(/^[a-z0-9]{1,40}$/i, "That attempt does not exist.") });
