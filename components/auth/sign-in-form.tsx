"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInErrorMessage } from "@/lib/auth/messages";
import { signInWithPassword } from "./sign-in";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(signInErrorMessage(initialError));
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = { email: email ? undefined : "Enter your email address.", password: password ? undefined : "Enter your password." };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;
    startTransition(async () => {
      const result = await signInWithPassword(email, password);
      if (!result || result.error) {
        setError(signInErrorMessage(result?.error ?? "Unknown"));
        return;
      }
      // A full load: the session changed, so nothing the router fetched while signed out (a prefetched redirect
      // to this page) may be reused.
      window.location.assign(callbackUrl);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error && <Alert variant="danger">{error}</Alert>}
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
      <Button type="submit" className="w-full" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
