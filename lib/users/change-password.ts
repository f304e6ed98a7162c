import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { NewPasswordSchema } from "@/lib/auth/schemas";
import { takeToken } from "@/lib/auth/sign-in-throttle";

export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(128, "That password is too long."),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string("Confirm the new password.").max(128, "Use at most 128 characters."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords do not match." })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

const WRONG_CURRENT = "That is not your current password.";
/** Current-password checks per user per hour: a stolen session cannot be used to guess the password. */
export const PASSWORD_CHECKS_PER_HOUR = 10;

/**
 * Changes the signed-in user's password after checking the current one. Every session the user has, this one
 * included, ends: they sign in again with the new password everywhere.
 */
export async function changePassword(db: Database, userId: string, input: ChangePasswordInput): Promise<void> {
  const budget = await takeToken(db, `password-change:${userId}`, PASSWORD_CHECKS_PER_HOUR, 60 * 60);
  if (!budget.allowed) throw new DomainError("RATE_LIMITED", "Too many password changes were tried. Wait an hour and try again.");
  const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user) throw new DomainError("NOT_FOUND", "Your account no longer exists.");
  if (!user.passwordHash) throw new DomainError("CONFLICT", "This account signs in with GitHub or Google, so it has no password to change.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("INVALID", WRONG_CURRENT, { fieldErrors: { currentPassword: [WRONG_CURRENT] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.auditEvent.create({ data: { actorId: userId, action: "user.password_changed", targetId: userId } }),
  ]);
}
