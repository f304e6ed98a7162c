"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useSubmit, type FormActionFn } from "./use-submit";

/** Name and term dates for a new cohort; the server sends the instructor to its page. */
export function CreateCohortForm({ action, defaults }: { action: FormActionFn<void>; defaults: { startsOn: string; endsOn: string } }) {
  const { onSubmit, pending, fieldErrors, error } = useSubmit(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && <Alert variant="danger">{error}</Alert>}
      <TextField label="Cohort name" name="name" required placeholder="e.g. CPC prep, spring term" maxLength={80} error={fieldErrors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Term starts" name="startsOn" type="date" required defaultValue={defaults.startsOn} error={fieldErrors.startsOn} />
        <TextField label="Term ends" name="endsOn" type="date" required defaultValue={defaults.endsOn} error={fieldErrors.endsOn} />
      </div>
      <Button type="submit" loading={pending}>
        Create cohort
      </Button>
    </form>
  );
}
