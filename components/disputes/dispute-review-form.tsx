"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldMessage, Label } from "@/components/ui/field";
import { useSubmit, type FormActionFn } from "@/components/cohorts/use-submit";

/** The reviewer's reply and decision on one dispute: accept or reject (or reopen a decided one), with a written reply. */
export function DisputeReviewForm({ disputeId, status, action }: { disputeId: string; status: string; action: FormActionFn<void> }) {
  const { onSubmit, pending, fieldErrors, error, result } = useSubmit(action, (_data, form) => form.reset());
  const id = `reply-${disputeId}`;
  const choices: Array<[string, string, "primary" | "secondary" | "ghost"]> =
    status === "OPEN"
      ? [
          ["ACCEPTED", "Accept", "primary"],
          ["REJECTED", "Reject", "secondary"],
        ]
      : [["OPEN", "Reopen", "ghost"]];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="disputeId" value={disputeId} />
      <Label htmlFor={id}>Reply to the learner</Label>
      <textarea
        id={id}
        name="reply"
        rows={2}
        maxLength={2000}
        aria-invalid={fieldErrors.reply ? true : undefined}
        aria-describedby={`${id}-hint`}
        className="w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-ring"
        placeholder="What you decided and why: quote the chart or name the guideline."
      />
      <FieldMessage id={`${id}-hint`}>
        {fieldErrors.reply?.[0] ?? "The learner sees this on their attempt page and a notice on their progress page."}
      </FieldMessage>
      <div className="flex flex-wrap gap-2">
        {choices.map(([value, label, variant]) => (
          <Button key={value} type="submit" name="status" value={value} size="sm" variant={variant} disabled={pending}>
            {label}
          </Button>
        ))}
      </div>
      {error && !fieldErrors.reply && <Alert variant="danger">{error}</Alert>}
      {result?.ok && (
        <p role="status" className="text-xs text-success">
          Reply sent.
        </p>
      )}
    </form>
  );
}
