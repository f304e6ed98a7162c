import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schemas";
import { recordSignInFailure, secondsUntilSignInAllowed, throttleKeys } from "@/lib/auth/sign-in-throttle";
import type { Role } from "@/lib/auth/schemas";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: Role };


export function rateLimitedMessage(seconds: number): string {
  return `Too many failed sign-in attempts. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}

/**
 * Checks an email and password. Unknown email and wrong password fail alike, and repeated failures per email
 * and per client address are refused for a while (DomainError RATE_LIMITED).
 */
export async function authenticateWithPassword(
  db: Database,
  input: { email: unknown; password: unknown; ip?: string },
  maxFailuresPerMinute: number,
): Promise<AuthenticatedUser> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID", INVALID_CREDENTIALS_MESSAGE);
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, input.ip);

  const wait = await secondsUntilSignInAllowed(db, keys, maxFailuresPerMinute);
  if (wait > 0) throw new DomainError("RATE_LIMITED", rateLimitedMessage(wait), { retryAfterSeconds: wait });

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !matches) {
    await recordSignInFailure(db, keys);
    throw new DomainError("INVALID", INVALID_CREDENTIALS_MESSAGE);
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
