import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { SignUpInput } from "@/lib/auth/schemas";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

/** Creates a learner account. The email must be new. */
export async function registerUser(db: Database, input: SignUpInput) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new DomainError("CONFLICT", EMAIL_TAKEN, { fieldErrors: { email: [EMAIL_TAKEN] } });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same email: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", EMAIL_TAKEN, { fieldErrors: { email: [EMAIL_TAKEN] } });
    }
    throw error;
  }
}
