import type { Database } from "@/lib/db/client";
import { cleanDisplayName } from "@/lib/validation/fields";

/** Finds or creates the user behind an OAuth identity; an existing account with the same (verified) email is linked. */
export async function linkOAuthUser(db: Database, identity: { provider: string; providerAccountId: string; email: string; name: string | null }) {
  const email = identity.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const linked = await tx.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      select: { user: { select: { id: true, role: true, sessionVersion: true, deactivatedAt: true } } },
    });
    if (linked) return linked.user;
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: identity.name === null ? null : cleanDisplayName(identity.name) },
      update: {},
      select: { id: true, role: true, sessionVersion: true, deactivatedAt: true },
    });
    await tx.oAuthAccount.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
    });
    return user;
  });
}
