import type { SignInResponse } from "next-auth/react";

// next-auth's client library is fetched only when the learner signs in, not with the page (as in ./sign-out).

/** Signs in with email and password without leaving the page; the answer says whether it worked. */
export async function signInWithPassword(email: string, password: string): Promise<SignInResponse | undefined> {
  const nextAuth = await import("next-auth/react");
  return nextAuth.signIn("credentials", { email, password, redirect: false });
}

/** Leaves for the OAuth provider's sign-in page; it comes back to callbackUrl. */
export async function signInWithProvider(provider: string, callbackUrl: string): Promise<void> {
  const nextAuth = await import("next-auth/react");
  await nextAuth.signIn(provider, { callbackUrl });
}
