import type { z } from "zod";
import { formDataOfCall, formDataToObject, runAction, type ActionOptions } from "@/lib/actions/run-action";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/result";

const dependencies = {
  currentUser: getCurrentUser,
  logUnexpected: (error: unknown) => console.error("[action] unexpected error", error),
};

/**
 * A server action: `export const saveThing = action(SaveThingSchema, { policy: canDoThing }, (input, user) => ...)`.
 * Files that say "use server" build every action with this and never read the session themselves.
 */
export function action<S extends z.ZodType, O extends ActionOptions<CurrentUser>, T>(
  schema: S,
  options: O,
  handler: Parameters<typeof runAction<S, CurrentUser, O, T>>[3],
): (input: unknown) => Promise<ActionResult<T>> {
  return runAction(dependencies, schema, options, handler);
}

/** A form action: useActionState calls it as (previousState, formData); a submit handler may call it as (formData). */
export type FormAction<T> = {
  (formData: FormData): Promise<ActionResult<T>>;
  (previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>>;
};

/** The same pipeline for a <form>: the FormData is read as a plain object (repeated names become arrays). */
export function formAction<S extends z.ZodType, O extends ActionOptions<CurrentUser>, T>(
  schema: S,
  options: O,
  handler: Parameters<typeof runAction<S, CurrentUser, O, T>>[3],
): FormAction<T> {
  const run = runAction(dependencies, schema, options, handler);
  return async (first: ActionResult<T> | FormData | null, second?: FormData) => {
    const formData = maybeFormDataOfCall(first, second);
    // A hand-made request without a form body is refused like any other input that does not parse.
    if (!formData) return { ok: false, message: "That form could not be read. Reload the page and try again." };
    return run(formDataToObject(formData));
  };
}

function maybeFormDataOfCall(first: unknown, second: unknown): FormData | null {
  try {
    return formDataOfCall(first, second);
  } catch {
    return null;
  }
}
