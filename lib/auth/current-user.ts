import { getServerSession } from "next-auth";
import { getDatabase } from "@/lib/db/client";
import { getAuthOptions } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/schemas";
import { sessionStillValid } from "@/lib/auth/sessions";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, read fresh from the database on every request so a changed role or a deleted account takes
 * effect at once, or null. A token issued before the user's current session version (signed out, password or
 * role changed, deactivated) counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDatabase();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, deactivatedAt: true },
  });
  if (!user || !sessionStillValid(user, session.user.sessionVersion)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
