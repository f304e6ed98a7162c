import type { Database } from "@/lib/db/client";

/**
 * Session tokens are signed cookies that carry the user's sessionVersion at sign-in. Raising the version ends
 * every session issued before, on every device: sign-out, a password change, an admin's role change and a
 * deactivation all do. Each request reads the user row anyway, so the check costs no extra query there.
 */
export async function endAllSessions(db: Pick<Database, "user">, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Signing out ends the session it was issued with (and, as the version is per user, the user's other sessions). */
export async function endSessionOnSignOut(db: Database, userId: string | undefined, tokenVersion: unknown): Promise<void> {
  if (!userId || typeof tokenVersion !== "number") return;
  await db.user.updateMany({ where: { id: userId, sessionVersion: tokenVersion }, data: { sessionVersion: { increment: 1 } } });
}

/** Whether a token issued at `tokenVersion` still stands for this user row. */
export function sessionStillValid(user: { sessionVersion: number; deactivatedAt: Date | null } | null, tokenVersion: unknown): boolean {
  return user !== null && user.deactivatedAt === null && typeof tokenVersion === "number" && user.sessionVersion === tokenVersion;
}
