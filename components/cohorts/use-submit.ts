"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/result";

export type FormActionFn<T> = (previous: null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * Submits a form to a form action without React resetting the fields, so a refused submit keeps what was typed
 * next to its messages. On success the page's server data is refreshed.
 */
export function useSubmit<T>(action: FormActionFn<T>, onDone?: (data: T, form: HTMLFormElement) => void) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(form, submitter);
    startTransition(async () => {
      const outcome = await action(null, formData);
      setResult(outcome);
      if (outcome.ok) {
        onDone?.(outcome.data, form);
        router.refresh();
      }
    });
  }
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { onSubmit, pending, result, fieldErrors, error: result && !result.ok ? result.message : null };
}
