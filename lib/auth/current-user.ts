import { getServerSession } from "next-auth";
import { getAuthOptions } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/schemas";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, or null. The session callbacks (lib/auth/config.ts) read the user row on every request, so a
 * changed role, name or email or a deleted account takes effect at once, and a token issued before the user's
 * current session version (signed out, password or role changed, deactivated) counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const user = (await getServerSession(getAuthOptions()))?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
}
