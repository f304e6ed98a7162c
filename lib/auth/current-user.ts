import { getServerSession } from "next-auth";
import { getDatabase } from "@/lib/db/client";
import { getAuthOptions } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/schemas";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, read fresh from the database on every request so a changed role or a deleted account takes
 * effect at once, or null.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDatabase();
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}
