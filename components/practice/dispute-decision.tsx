"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/result";

type Decide = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Accept / reject (or reopen) buttons for one dispute. */
export function DisputeDecision({ disputeId, status, action }: { disputeId: string; status: string; action: Decide }) {
  const [state, formAction, pending] = useActionState(action, null);
  const choices =
    status === "OPEN"
      ? [
          ["ACCEPTED", "Accept"],
          ["REJECTED", "Reject"],
        ]
      : [["OPEN", "Reopen"]];
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="disputeId" value={disputeId} />
      {choices.map(([value, label]) => (
        <Button key={value} type="submit" name="status" value={value} size="sm" variant={value === "REJECTED" ? "ghost" : "secondary"} disabled={pending}>
          {label}
        </Button>
      ))}
      {state && !state.ok && (
        <p role="alert" className="w-full text-xs text-danger">
          {state.message}
        </p>
      )}
    </form>
  );
}
