import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { canManageUsers, type Actor } from "@/lib/auth/policy";

/**
 * An admin deactivates an account (it can no longer sign in, and every session it has ends at once; its work is
 * kept) or reactivates it. Audited. An admin cannot deactivate themselves, nor the last active admin.
 */
export async function setUserActive(db: Database, actor: Actor, input: { userId: string; active: boolean }) {
  if (!canManageUsers(actor)) throw new DomainError("FORBIDDEN", "Only an administrator can deactivate accounts.");
  if (!input.active && input.userId === actor.id) throw new DomainError("CONFLICT", "You cannot deactivate your own account. Ask another administrator.");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, email: true, deactivatedAt: true } });
    if (!target) throw new DomainError("NOT_FOUND", "That user no longer exists.");
    if ((target.deactivatedAt === null) === input.active) return target;
    if (!input.active && target.role === "ADMIN") {
      const activeAdmins = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null } });
      if (activeAdmins <= 1) throw new DomainError("CONFLICT", "Chartwise needs at least one active administrator.");
    }
    const updated = await tx.user.update({
      where: { id: target.id },
      data: input.active ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { id: true, role: true, email: true, deactivatedAt: true },
    });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: input.active ? "user.reactivated" : "user.deactivated", targetId: target.id } });
    return updated;
  });
}
