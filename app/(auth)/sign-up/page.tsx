import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { oauthProviderIds } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/schemas";
import { signUp } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Create your account" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, "/guide");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Create your Chartwise account</CardTitle>
        <CardDescription>Free. Your progress, practice history and salary scenarios are saved to it.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <OAuthButtons providers={oauthProviderIds()} callbackUrl={callbackUrl} />
        <SignUpForm action={signUp} callbackUrl={callbackUrl} />
        <p className="text-center text-sm text-muted">
          Already have an account?{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
