import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schemas";
import {
  accountSlowdownMs,
  recentAccountFailures,
  recordSignInFailure,
  secondsUntilSignInAllowed,
  throttleKeys,
  type SignInLimits,
} from "@/lib/auth/sign-in-throttle";
import type { Role } from "@/lib/auth/schemas";
import { INVALID_CREDENTIALS_MESSAGE, SLOWED_DOWN_MESSAGE, rateLimitedMessage } from "@/lib/auth/messages";

export { rateLimitedMessage };

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: Role; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Unknown email, wrong password and a deactivated account fail alike. Failures
 * from one address, and from one address against one account, are refused for a while (RATE_LIMITED); failures
 * against one account from everywhere only slow each further try down (the reply says so), so nobody can lock a
 * learner out of their own account.
 */
export async function authenticateWithPassword(
  db: Database,
  input: { email: unknown; password: unknown; ip?: string },
  limits: SignInLimits,
  options: { wait?: (ms: number) => Promise<unknown> } = {},
): Promise<AuthenticatedUser> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID", INVALID_CREDENTIALS_MESSAGE);
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, input.ip);

  const retryAfter = await secondsUntilSignInAllowed(db, keys, limits);
  if (retryAfter > 0) throw new DomainError("RATE_LIMITED", rateLimitedMessage(retryAfter), { retryAfterSeconds: retryAfter });

  const slowdown = accountSlowdownMs(await recentAccountFailures(db, keys));
  if (slowdown > 0) await (options.wait ?? sleep)(slowdown);

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !matches || user.deactivatedAt) {
    await recordSignInFailure(db, keys);
    // Say the account is being slowed down once it is (after this failure too), whether or not it exists.
    const slowedNext = accountSlowdownMs(await recentAccountFailures(db, keys)) > 0;
    throw new DomainError("INVALID", slowedNext ? SLOWED_DOWN_MESSAGE : INVALID_CREDENTIALS_MESSAGE);
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
