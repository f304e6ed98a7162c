import { z } from "zod";

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
  .refine((value) => value.trim().length === value.length, "The password cannot start or end with a space.");

export const NameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.");

export const SignUpSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
    confirmPassword: z.string(),
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

/** Only same-site paths may be used as a post-sign-in destination (no open redirects). */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
