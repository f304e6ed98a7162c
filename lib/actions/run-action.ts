import type { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { DomainError } from "@/lib/errors";
import { invalidResult, type ActionResult } from "@/lib/result";
import { DEFAULT_INPUT_BOUNDS, inputBoundsViolation, type InputBounds } from "@/lib/validation/input-bounds";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to keep your work.";
export const UNEXPECTED_MESSAGE = "Something went wrong on our side. Your work was not saved; please try again.";

/** Who may run an action: anyone (sign-up), any signed-in user, or a signed-in user a named policy allows. */
export type ActionAccess<U extends Actor> =
  { signedIn: false } | { signedIn?: true; policy?: (actor: U) => boolean; forbiddenMessage?: string; signedOutMessage?: string };

export type ActionOptions<U extends Actor> = ActionAccess<U> & {
  /** Shown above the field errors when the input does not parse. */
  invalidMessage?: string;
  /** Size and shape limits checked before the schema (DEFAULT_INPUT_BOUNDS unless an action needs others). */
  bounds?: InputBounds;
};

export type ActionDependencies<U extends Actor> = {
  currentUser: () => Promise<U | null>;
  logUnexpected: (error: unknown) => void;
};

type HandlerFor<S extends z.ZodType, U extends Actor, O extends ActionOptions<U>, T> = O extends { signedIn: false }
  ? (input: z.infer<S>, user: U | null) => Promise<T>
  : (input: z.infer<S>, user: U) => Promise<T>;

/**
 * The one pipeline every server action runs through: parse the input with its schema, read the user, check the
 * named policy, run the handler, and turn a DomainError into a readable result. Anything else is logged and
 * answered with a generic message, so a bug never leaks details or a stack to the browser.
 */
export function runAction<S extends z.ZodType, U extends Actor, O extends ActionOptions<U>, T>(
  deps: ActionDependencies<U>,
  schema: S,
  options: O,
  handler: HandlerFor<S, U, O, T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    try {
      const user = await deps.currentUser();
      if (options.signedIn !== false && !user) return { ok: false, message: options.signedOutMessage ?? SIGNED_OUT_MESSAGE };
      const violation = inputBoundsViolation(input, options.bounds ?? DEFAULT_INPUT_BOUNDS);
      if (violation) return { ok: false, message: violation };
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalidResult(parsed.error, options.invalidMessage ?? firstMessage(parsed.error));
      if (options.signedIn !== false && options.policy && !options.policy(user!)) {
        return { ok: false, message: options.forbiddenMessage ?? "You do not have permission to do that." };
      }
      const data = await (handler as (input: z.infer<S>, user: U | null) => Promise<T>)(parsed.data, user);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, message: error.message, fieldErrors: error.details?.fieldErrors };
      }
      if (isFrameworkSignal(error)) throw error;
      deps.logUnexpected(error);
      return { ok: false, message: UNEXPECTED_MESSAGE };
    }
  };
}

export const UNREADABLE_INPUT_MESSAGE = "That request could not be read. Reload the page and try again.";

/**
 * The sentence for the top of the form: the first issue's own message, unless it is zod's generic wording about
 * the request's shape (a hand-made or stale request), which would mean nothing to the learner.
 */
function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Please correct the highlighted fields.";
  if (issue.code === "unrecognized_keys" || /^(Invalid (input|option|key|element)|Too (big|small)|Expected)/.test(issue.message))
    return UNREADABLE_INPUT_MESSAGE;
  return issue.message;
}

// redirect(), notFound() and friends work by throwing; they must reach Next.js untouched.
function isFrameworkSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK)/.test(digest);
}

/** A form posted with useActionState arrives as (previousState, FormData); the pipeline reads it as a plain object. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    // React's own bookkeeping fields for progressively enhanced forms, not the form's data.
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : values[0]!;
  }
  return object;
}

/**
 * A form action is called either by useActionState as (previousState, formData) or directly as (formData); this
 * picks the FormData out of either call.
 */
export function formDataOfCall(first: unknown, second?: unknown): FormData {
  const candidate = isFormData(first) ? first : second;
  if (!isFormData(candidate)) throw new TypeError("A form action was called without FormData.");
  return candidate;
}

function isFormData(value: unknown): value is FormData {
  return typeof value === "object" && value !== null && typeof (value as FormData).getAll === "function" && typeof (value as FormData).keys === "function";
}
