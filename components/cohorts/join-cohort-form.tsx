"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useSubmit, type FormActionFn } from "./use-submit";

/** The learner's "join a cohort" box: paste the code or the whole link. */
export function JoinCohortForm({ action, code }: { action: FormActionFn<void>; code?: string }) {
  const { onSubmit, pending, fieldErrors, error } = useSubmit(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <TextField
          label="Join code"
          name="code"
          required
          autoComplete="off"
          spellCheck={false}
          placeholder="ABCD-EFGH-JKMN-PQRS-TVWX"
          hint="From your instructor; the join link works too."
          error={fieldErrors.code}
          className="font-mono uppercase"
        />
      )}
      {error && (!fieldErrors.code || code) && <Alert variant="danger">{error}</Alert>}
      <Button type="submit" loading={pending}>
        {code ? "Join this cohort" : "Join"}
      </Button>
    </form>
  );
}
