"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import type { Role } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/result";
import { ROLE_LABELS } from "./role-labels";

type ChangeRoleAction = (previous: ActionResult<{ role: Role }> | null, formData: FormData) => Promise<ActionResult<{ role: Role }>>;

export function RoleForm({ action, userId, email, role }: { action: ChangeRoleAction; userId: string; email: string; role: Role }) {
  const [result, formAction, pending] = useActionState(action, null);
  const { toast } = useToast();
  const shown = useRef<typeof result>(null);

  useEffect(() => {
    if (!result || shown.current === result) return;
    shown.current = result;
    if (result.ok) toast({ title: "Role updated", description: `${email} is now ${ROLE_LABELS[result.data.role].toLowerCase()}.`, variant: "success" });
    else toast({ title: "Role not changed", description: result.message, variant: "danger" });
  }, [result, email, toast]);

  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Select name="role" defaultValue={role} aria-label={`Role for ${email}`} controlSize="sm" fullWidth={false} className="w-36">
        {(Object.keys(ROLE_LABELS) as Role[]).map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" loading={pending}>
        Save
      </Button>
    </form>
  );
}
