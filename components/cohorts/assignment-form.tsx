"use client";

import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldMessage, Label, TextField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { useSubmit, type FormActionFn } from "./use-submit";

export type PickerKind = { kind: string; plural: string; available: boolean; items: Array<{ ref: string; title: string; group: string }> };

/** Set work for a cohort: a title, open and due dates (UTC), and one or more lessons, cases or scenarios. */
export function AssignmentForm({
  cohortId,
  kinds,
  defaults,
  action,
}: {
  cohortId: string;
  kinds: PickerKind[];
  defaults: { opensAt: string; dueAt: string };
  action: FormActionFn<{ id: string }>;
}) {
  const { toast } = useToast();
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState("");
  const { onSubmit, pending, fieldErrors, error } = useSubmit(action, (_data, form) => {
    form.reset();
    setChosen([]);
    toast({ title: "Assignment set", description: "Learners see it on their progress page from its open date.", variant: "success" });
  });
  const needle = filter.trim().toLowerCase();
  const toggle = (token: string) => setChosen((current) => (current.includes(token) ? current.filter((value) => value !== token) : [...current, token]));
  const titles = useMemo(() => new Map(kinds.flatMap((kind) => kind.items.map((item): [string, string] => [`${kind.kind}:${item.ref}`, item.title]))), [kinds]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New assignment">
      <input type="hidden" name="cohortId" value={cohortId} />
      {chosen.map((token) => (
        <input key={token} type="hidden" name="items" value={token} />
      ))}
      {error && <Alert variant="danger">{error}</Alert>}
      <TextField label="Title" name="title" required maxLength={120} placeholder="e.g. Week 3: orthopaedic cases" error={fieldErrors.title} />
      <div>
        <Label htmlFor="assignment-instructions">Instructions (optional)</Label>
        <textarea
          id="assignment-instructions"
          name="instructions"
          rows={2}
          maxLength={2000}
          className="mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-ring"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Opens (UTC)" name="opensAt" type="datetime-local" required defaultValue={defaults.opensAt} error={fieldErrors.opensAt} />
        <TextField
          label="Due (UTC)"
          name="dueAt"
          type="datetime-local"
          required
          defaultValue={defaults.dueAt}
          hint="Work after this is accepted and marked late."
          error={fieldErrors.dueAt}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-fg">
          What to do <span className="font-normal text-muted">({chosen.length} chosen, in the order you tick them)</span>
        </legend>
        {chosen.length > 0 && (
          <ol className="flex flex-wrap gap-1.5" aria-label="Chosen items">
            {chosen.map((token, index) => (
              <li key={token} className="max-w-full">
                <Badge variant="brand" wrap>
                  {index + 1}. {titles.get(token)}
                </Badge>
              </li>
            ))}
          </ol>
        )}
        <div>
          <Label htmlFor="item-filter">Filter lessons, cases and scenarios</Label>
          <Input
            id="item-filter"
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder="knee, modifiers, copay, tutorial…"
            className="mt-1"
          />
        </div>
        {kinds.map((kind) => {
          const items = kind.items.filter((item) => !needle || `${item.title} ${item.group} ${item.ref}`.toLowerCase().includes(needle));
          return (
            <details key={kind.kind} className="rounded-lg border border-border bg-surface" open={kind.kind === "CHART_CASE"}>
              <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-fg">
                {kind.plural}{" "}
                {kind.available ? (
                  <span className="font-normal text-muted">({kind.items.length})</span>
                ) : (
                  <Badge variant="neutral" className="ml-1">
                    Not available yet
                  </Badge>
                )}
              </summary>
              {!kind.available ? (
                <p className="px-3 pb-3 text-sm text-muted">{kind.plural} are on their way; once they are in Chartwise you can assign them here.</p>
              ) : (
                <ul className="max-h-64 space-y-0.5 overflow-y-auto px-3 pb-3">
                  {items.map((item) => {
                    const token = `${kind.kind}:${item.ref}`;
                    return (
                      <li key={token}>
                        <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-surface-2">
                          <input
                            type="checkbox"
                            value={token}
                            checked={chosen.includes(token)}
                            onChange={() => toggle(token)}
                            className="mt-0.5 size-4 accent-brand"
                          />
                          <span className="text-fg">
                            {item.title} <span className="text-xs text-muted">· {item.group}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                  {items.length === 0 && <li className="text-sm text-muted">Nothing matches “{filter}”.</li>}
                </ul>
              )}
            </details>
          );
        })}
        {fieldErrors.items && <FieldMessage tone="error">{fieldErrors.items[0]}</FieldMessage>}
      </fieldset>
      <Button type="submit" loading={pending}>
        Set assignment
      </Button>
    </form>
  );
}
