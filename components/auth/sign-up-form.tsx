"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/result";
import { signInWithPassword } from "./sign-in";

type SignUpAction = (input: unknown) => Promise<ActionResult<{ email: string }>>;

export function SignUpForm({ action, callbackUrl }: { action: SignUpAction; callbackUrl: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Extract<ActionResult, { ok: false }> | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const outcome = await action(Object.fromEntries(formData));
      if (!outcome.ok) {
        setResult(outcome);
        return;
      }
      const signedIn = await signInWithPassword(outcome.data.email, String(formData.get("password")));
      if (signedIn?.error) {
        // The same words whether the email was new or already had an account (sign-up never says which).
        setResult({
          ok: false,
          message: "We could not sign you in with that email and password. If you already have an account with this email, sign in with its password instead.",
        });
        return;
      }
      // A full load: the session changed, so nothing the router fetched while signed out (a prefetched redirect
      // to this page) may be reused.
      window.location.assign(callbackUrl);
    });
  }

  const errors = result?.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={result ? "sign-up-error" : undefined}>
      {result && (
        <Alert id="sign-up-error" variant="danger">
          {result.message}
        </Alert>
      )}
      <TextField label="Your name" name="name" autoComplete="name" required error={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A short phrase is easy to remember and hard to guess."
        error={errors.password}
      />
      <TextField label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <Button type="submit" className="w-full" loading={pending}>
        Create account
      </Button>
    </form>
  );
}
