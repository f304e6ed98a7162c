"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/result";

type SetActiveAction = (previous: ActionResult<{ active: boolean }> | null, formData: FormData) => Promise<ActionResult<{ active: boolean }>>;

/** Deactivate (sign-in refused, sessions ended, work kept) or reactivate one account. */
export function UserStatusForm({ action, userId, email, active }: { action: SetActiveAction; userId: string; email: string; active: boolean }) {
  const [result, formAction, pending] = useActionState(action, null);
  const { toast } = useToast();
  const shown = useRef<typeof result>(null);

  useEffect(() => {
    if (!result || shown.current === result) return;
    shown.current = result;
    if (result.ok)
      toast({
        title: result.data.active ? "Account reactivated" : "Account deactivated",
        description: `${email} ${result.data.active ? "can sign in again." : "is signed out everywhere and cannot sign in."}`,
        variant: "success",
      });
    else toast({ title: "Nothing changed", description: result.message, variant: "danger" });
  }, [result, email, toast]);

  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button
        type="submit"
        size="sm"
        variant={active ? "ghost" : "secondary"}
        loading={pending}
        aria-label={`${active ? "Deactivate" : "Reactivate"} ${email}`}
      >
        {active ? "Deactivate" : "Reactivate"}
      </Button>
    </form>
  );
}
