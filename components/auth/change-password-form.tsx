"use client";

import { useActionState, useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/result";
import { signOut } from "./sign-out";

type ChangePasswordAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Current password, new password twice. On success every session has ended, so it signs this browser out too. */
export function ChangePasswordForm({ action }: { action: ChangePasswordAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (result?.ok) void signOut("/sign-in?notice=password-changed");
  }, [result]);

  return (
    <form action={formAction} noValidate className="space-y-4">
      {result && !result.ok && <Alert variant="danger">{result.message}</Alert>}
      {result?.ok && <Alert variant="success">Password changed. Signing you out of every device…</Alert>}
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. Every device you are signed in on will be signed out."
        error={errors.newPassword}
      />
      <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <Button type="submit" loading={pending}>
        Change password
      </Button>
    </form>
  );
}
