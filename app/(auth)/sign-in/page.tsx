import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { oauthProviderIds } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/schemas";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; notice?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: requested, error, notice } = await searchParams;
  const callbackUrl = safeCallbackPath(requested, "/guide");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Sign in to Chartwise</CardTitle>
        <CardDescription>Pick up where you left off.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        {notice === "password-changed" && (
          <Alert variant="success">Your password was changed and every device was signed out. Sign in with the new password.</Alert>
        )}
        <OAuthButtons providers={oauthProviderIds()} callbackUrl={callbackUrl} />
        {/* Only a code goes to the form, which maps it to our own words: the URL cannot choose what the alert says. */}
        <SignInForm callbackUrl={callbackUrl} initialError={typeof error === "string" ? error.slice(0, 40) : null} />
        <p className="text-center text-sm text-muted">
          New here?{" "}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand underline-offset-4 hover:underline">
            Create an account
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
