"use client";

import { useState, useTransition } from "react";
import { disputeMissingLineAction } from "@/app/(app)/practice/dispute-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldMessage, Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";

/** "The key is missing a code": the learner names the code and says why the chart supports it. */
export function MissingLineDispute({ caseId, attemptId }: { caseId: string; attemptId?: string }) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ code?: string; note?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();
  const { toast } = useToast();
  const close = () => {
    setOpen(false);
    setCode("");
    setNote("");
    setErrors({});
  };

  function send(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await disputeMissingLineAction({ caseId, code, note, attemptId });
      if (!result.ok) {
        const code = result.fieldErrors?.code?.[0];
        const note = result.fieldErrors?.note?.[0];
        setErrors({ code, note, form: code || note ? undefined : result.message });
        return;
      }
      toast({ title: "Sent for review", description: "Your instructor or an editor will reply; you will see it on this attempt.", variant: "success" });
      close();
    });
  }

  return (
    <div className="rounded-lg border border-dashed border-border p-4 text-sm">
      <p className="text-muted">Think the key leaves out a code the chart supports?</p>
      <Button type="button" variant="ghost" size="sm" className="mt-2" onClick={() => setOpen(true)}>
        Argue for a missing code
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Argue for a code the key lacks"
        description="Name the code and point to the chart or the guideline that supports it."
      >
        <form onSubmit={send} noValidate className="space-y-3">
          <div>
            <Label htmlFor="missing-code">Code</Label>
            <Input
              id="missing-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              maxLength={12}
              autoComplete="off"
              placeholder="e.g. M17.11 or 20610"
              className="mt-1 font-mono uppercase"
              invalid={Boolean(errors.code)}
              aria-describedby={errors.code ? "missing-code-error" : undefined}
            />
            {errors.code && (
              <FieldMessage id="missing-code-error" tone="error">
                {errors.code}
              </FieldMessage>
            )}
          </div>
          <div>
            <Label htmlFor="missing-note">Why the key should have it</Label>
            <textarea
              id="missing-note"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              rows={4}
              maxLength={1000}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={errors.note ? "missing-note-error" : undefined}
              className="mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-ring"
            />
            {errors.note && (
              <FieldMessage id="missing-note-error" tone="error">
                {errors.note}
              </FieldMessage>
            )}
          </div>
          {errors.form && <Alert variant="danger">{errors.form}</Alert>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Send
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
