import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/schemas";

/** The signed-in user; a signed-out visitor is sent to sign in and brought back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireRole(role: Role, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== role) forbidden();
  return user;
}
