import { z } from "zod";

// Shared field schemas for every input that reaches the database. PostgreSQL refuses a NUL byte in text and a lone
// UTF-16 surrogate in jsonb; both used to surface as 500s. Every free-text field goes through one of these, so the
// learner gets a sentence instead.

/** U+0000 and the other C0/C1 controls a form never produces (tab, line feed and carriage return are allowed where said). */
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_ANY = /[\u0000-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidirectional embedding, override and isolate controls: they can make a name read backwards in someone else's list. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const TEXT_MESSAGES = {
  nul: "Remove the invisible control characters from this text.",
  surrogate: "This text contains a broken character (an unpaired UTF-16 surrogate). Retype it and try again.",
} as const;

/** Why a string cannot be stored, or null when it can. */
export function unsafeTextReason(value: string, { multiline = false } = {}): string | null {
  if ((multiline ? CONTROL_EXCEPT_WHITESPACE : CONTROL_ANY).test(value)) return TEXT_MESSAGES.nul;
  if (LONE_SURROGATE.test(value)) return TEXT_MESSAGES.surrogate;
  return null;
}

/** Removes bidirectional override and isolate controls (a name shown in someone else's list must read as typed). */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}

/** A name from elsewhere (an OAuth profile): one line, no controls or bidi overrides, at most 80 characters, or null. */
export function cleanDisplayName(value: string): string | null {
  const cleaned = stripBidiControls(value)
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .trim()
    .slice(0, 80)
    .replace(new RegExp(LONE_SURROGATE.source, "g"), "")
    .trim();
  return cleaned || null;
}

type TextOptions = {
  /** What the field is, for messages: "Your name", "The note". */
  label: string;
  max: number;
  min?: number;
  /** Allow line breaks and tabs (notes). */
  multiline?: boolean;
  /** Remove bidi controls (names shown to other people). */
  stripBidi?: boolean;
  /** Message when shorter than `min`. */
  tooShort?: string;
};

/**
 * Free text that can be stored and shown: a string, trimmed, without NUL or other control characters, without
 * lone surrogates, between `min` and `max` characters.
 */
export function safeText({ label, max, min = 0, multiline = false, stripBidi = false, tooShort }: TextOptions) {
  return z
    .string(`${label} must be text.`)
    .max(max * 4, `${label} is too long: use at most ${max.toLocaleString("en-US")} characters.`)
    .transform((value) => (stripBidi ? stripBidiControls(value) : value).trim())
    .superRefine((value, ctx) => {
      const reason = unsafeTextReason(value, { multiline });
      if (reason) ctx.addIssue({ code: "custom", message: `${label}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: `${label} is too long: use at most ${max.toLocaleString("en-US")} characters.` });
      else if (value.length < min)
        ctx.addIssue({ code: "custom", message: tooShort ?? (min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`) });
    });
}

/** A display name: one line, bidi controls removed, 1–80 characters. */
export const DisplayNameSchema = safeText({ label: "Your name", max: 80, min: 1, stripBidi: true, tooShort: "Enter your name." });

/** A database id made by cuid() (or a test's fixed id): letters and digits only, so a forged value never reaches SQL oddly. */
export function recordId(message: string) {
  return z.string(message).regex(/^[A-Za-z0-9_-]{1,64}$/, message);
}

/** A client-made idempotency key. */
export const IdempotencyKeySchema = z
  .string("The submission is missing its key; reload the page and try again.")
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "The submission is missing its key; reload the page and try again.");

/** A content slug (lesson, case, module): lower-case letters, digits and hyphens. */
export function slug(message: string) {
  return z
    .string(message)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, message)
    .max(100, message);
}

export const DATE_BOUNDS = { min: "1900-01-01", max: "2100-12-31" } as const;

/**
 * A calendar date written YYYY-MM-DD that exists (no 31 February) and lies between 1900 and 2100, so year 0 and
 * year 275760 never reach the database.
 */
export function safeDate({ label, min = DATE_BOUNDS.min, max = DATE_BOUNDS.max }: { label: string; min?: string; max?: string }) {
  return z
    .string(`Give ${label} as a date (YYYY-MM-DD).`)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Give ${label} as a date (YYYY-MM-DD).`)
    .refine(
      (value) => {
        const time = Date.parse(`${value}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
      },
      `${label.charAt(0).toUpperCase()}${label.slice(1)} is not a real date.`,
    )
    .refine(
      (value) => value >= min && value <= max,
      `${label.charAt(0).toUpperCase()}${label.slice(1)} must be between ${min.slice(0, 4)} and ${max.slice(0, 4)}.`,
    );
}

/** Decodes one percent-encoded URL segment, or null when it is not valid UTF-8 percent-encoding. */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * A dynamic route segment as the page should read it. Next.js hands segments over decoded or not depending on the
 * route kind; decoding once more is harmless for ordinary values, and a value that does not decode (a lone "%" from
 * "%25") is kept as it is for the schema to refuse, instead of throwing a URIError (a 500).
 */
export function segmentParam(raw: string): string {
  return decodeSegment(raw) ?? raw;
}
