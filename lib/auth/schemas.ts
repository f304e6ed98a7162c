import { z } from "zod";
import { DisplayNameSchema } from "@/lib/validation/fields";

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const NewPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((value) => value.trim().length === value.length, "The password cannot start or end with a space.")
  .refine((value) => !/[\u0000-\u001F\u007F]/.test(value), "The password cannot contain control characters.")
  .refine((value) => value.isWellFormed(), "The password contains a broken character; retype it.");

export const NameSchema = DisplayNameSchema;

export const SignUpSchema = z
  .strictObject({
    name: NameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
    confirmPassword: z.string("Confirm your password.").max(128, "Use at most 128 characters."),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(128, "That password is too long."),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const RoleSchema = z.enum(["LEARNER", "INSTRUCTOR", "ADMIN"], { error: "Choose learner, instructor or admin." });
export type Role = z.infer<typeof RoleSchema>;

const PLACEHOLDER_ORIGIN = "http://chartwise.invalid";

/**
 * Only a path on this site may be a post-sign-in destination (no open redirects). The value is resolved as a
 * browser would against our own origin, so tricks such as `/\t/evil.example`, `/\\evil.example` or `//evil.example`
 * resolve off-site and are refused; what is returned is the normalised path, never the raw text, so control
 * characters cannot reach a Location header.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}

/** next-auth's redirect callback: a same-origin URL or path, resolved; anything else goes to the site's root. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const path = url.startsWith("/") ? safeCallbackPath(url, "") : sameOriginPath(url, base.origin);
  return path ? new URL(path, base.origin).toString() : base.origin;
}

function sameOriginPath(url: string, origin: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === origin ? safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`, "") : "";
  } catch {
    return "";
  }
}
