import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/schemas";

/** The signed-in user; a signed-out visitor is sent to sign in and brought back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** The signed-in user when the named policy (lib/auth/policy.ts) allows them; anyone else gets the 403 page. */
export async function requirePolicy(policy: (user: CurrentUser) => boolean, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!policy(user)) forbidden();
  return user;
}

/** Prefer requirePolicy with a named policy; this stays for pages that really mean one exact role. */
export async function requireRole(role: Role, returnTo: string): Promise<CurrentUser> {
  return requirePolicy((user) => user.role === role, returnTo);
}
