/** Signs out and loads callbackUrl; next-auth's client library is fetched only now, not with every page. */
export async function signOut(callbackUrl: string): Promise<void> {
  const nextAuth = await import("next-auth/react");
  await nextAuth.signOut({ callbackUrl });
}
