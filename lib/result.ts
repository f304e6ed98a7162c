import type { z } from "zod";
import { DomainError } from "@/lib/errors";

/** What a server action returns to the form that called it (rendered with useActionState). */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

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

/** Turns a DomainError into a result the user can read; rethrows anything else (a bug, logged by Next). */
export function domainErrorResult(error: unknown): ActionResult<never> {
  if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.details?.fieldErrors };
  throw error;
}
