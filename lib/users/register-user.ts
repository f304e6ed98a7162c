import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { SignUpInput } from "@/lib/auth/schemas";
import { takeToken } from "@/lib/auth/sign-in-throttle";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";
export const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/**
 * Creates a learner account; CONFLICT when the email is taken. The password is hashed before anything is
 * looked up, so a taken email costs the same work as a new one.
 */
export async function registerUser(db: Database, input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // The unique index decides, also for two sign-ups racing for the same email.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", EMAIL_TAKEN, { fieldErrors: { email: [EMAIL_TAKEN] } });
    }
    throw error;
  }
}

/**
 * Sign-up as the public form does it: throttled per client address (each costs a password hash), and answered
 * the same way, after the same work, whether or not the email already has an account, so the form cannot be
 * used to learn who has one. The browser then signs in with what was typed; for a taken email that works only
 * for the account's owner.
 */
export async function signUpLearner(
  db: Database,
  input: SignUpInput,
  options: { address: string | undefined; maxPerHour: number },
): Promise<{ email: string }> {
  const allowed = await takeToken(db, `signup:${options.address ?? "unknown"}`, options.maxPerHour, SIGN_UP_WINDOW_SECONDS);
  if (!allowed.allowed) {
    const minutes = Math.ceil(allowed.retryAfterSeconds / 60);
    throw new DomainError(
      "RATE_LIMITED",
      `Too many accounts were created from your network recently. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      {
        retryAfterSeconds: allowed.retryAfterSeconds,
      },
    );
  }
  try {
    await registerUser(db, input);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
  }
  return { email: input.email };
}
