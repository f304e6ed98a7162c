import type { z } from "zod";

/** What a server action returns to the form that called it (rendered with useActionState). */
export type ActionResult<T = void> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function invalidResult(error: z.ZodError, message = "Please correct the highlighted fields."): ActionResult<never> {
  return { ok: false, message, fieldErrors: fieldErrorsOf(error) };
}
