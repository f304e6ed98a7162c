import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/schemas";

/** An admin changes another user's role; the change is audited, ends the user's sessions, and the last admin cannot be demoted. */
export async function changeUserRole(db: Database, actor: Actor, input: { userId: string; role: Role }) {
  if (!canManageUsers(actor)) throw new DomainError("FORBIDDEN", "Only an administrator can change roles.");
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, email: true } });
    if (!target) throw new DomainError("NOT_FOUND", "That user no longer exists.");
    if (target.role === input.role) return target;
    if (target.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null } });
      if (admins <= 1) throw new DomainError("CONFLICT", "Chartwise needs at least one administrator: promote someone else first.");
    }
    const updated = await tx.user.update({
      where: { id: target.id },
      // Sessions issued under the old role end: the user signs in again under the new one.
      data: { role: input.role, sessionVersion: { increment: 1 } },
      select: { id: true, role: true, email: true },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "user.role_changed", targetId: target.id, detail: { from: target.role, to: input.role } },
    });
    return updated;
  });
}
