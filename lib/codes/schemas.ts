import { z } from "zod";
import { safeText } from "@/lib/validation/fields";

const flag = (name: string) =>
  z
    .enum(["1", "0", "true", "false"], `${name} must be 1 or 0`)
    .optional()
    .transform((value) => value === "1" || value === "true");

export const CodeSystemSchema = z.enum(["icd10cm", "hcpcs", "cpt"], "system must be icd10cm, hcpcs or cpt");

export const CodeSearchParamsSchema = z.object({
  q: safeText({ label: "q (the search text)", max: 100, min: 1, tooShort: "q (the search text) is required" }),
  system: CodeSystemSchema.optional(),
  billable: flag("billable"),
  terminated: flag("terminated"),
  limit: z.coerce
    .number("limit must be a whole number from 1 to 100")
    .int("limit must be a whole number from 1 to 100")
    .min(1, "limit must be a whole number from 1 to 100")
    .max(100, "limit must be a whole number from 1 to 100")
    .default(20),
});
export type CodeSearchParams = z.infer<typeof CodeSearchParamsSchema>;

export const CodeLookupSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(12, "that is too long to be a code")
    .regex(/^[A-Za-z0-9.]+$/, "a code has only letters, digits and a dot"),
  system: CodeSystemSchema.optional(),
  page: z.coerce
    .number("page must be a whole number from 1")
    .int("page must be a whole number from 1")
    .min(1, "page must be a whole number from 1")
    .max(10_000, "page must be a whole number from 1")
    .optional(),
  dose: z.string().trim().max(40, "dose must be at most 40 characters").optional(),
});

/** The first problem, as a sentence naming the parameter. */
export function firstIssueMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Invalid request.";
}
