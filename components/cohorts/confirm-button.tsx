"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/result";

/** A button that asks first, then runs a server action with fixed input (remove a learner, archive a cohort). */
export function ConfirmButton<I>({
  action,
  input,
  label,
  title,
  description,
  confirmLabel,
  done,
  variant = "ghost",
  size = "sm",
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  done: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const { toast } = useToast();
  const router = useRouter();
  return (
    <>
      <Button type="button" variant={variant} size={size} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        danger
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        loading={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(input);
            setOpen(false);
            if (result.ok) {
              toast({ title: done, variant: "success" });
              router.refresh();
            } else toast({ title: "Not done", description: result.message, variant: "danger" });
          })
        }
      />
    </>
  );
}
