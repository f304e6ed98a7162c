import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { canManageUsers, type Actor } from "@/lib/auth/policy";

export const USERS_PAGE_SIZE = 25;

/** Users for the admin screen, newest first, optionally filtered by email or name. */
export async function findUsers(db: Database, actor: Actor, options: { query?: string; page?: number } = {}) {
  if (!canManageUsers(actor)) throw new DomainError("FORBIDDEN", "Only an administrator can list users.");
  const page = Math.max(1, options.page ?? 1);
  const query = options.query?.trim();
  const where = query
    ? { OR: [{ email: { contains: query, mode: "insensitive" as const } }, { name: { contains: query, mode: "insensitive" as const } }] }
    : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, createdAt: true, deactivatedAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
