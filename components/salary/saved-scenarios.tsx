"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/result";

export type ScenarioListItem = { id: string; name: string; pathCount: number; createdAt: string };

type RenameAction = (input: unknown) => Promise<ActionResult<{ name: string }>>;
type DeleteAction = (input: unknown) => Promise<ActionResult>;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The learner's saved comparisons with open, rename and delete (after a confirmation). */
export function SavedScenarios({
  scenarios,
  max,
  openId,
  renameAction,
  deleteAction,
}: {
  scenarios: ScenarioListItem[];
  max: number;
  openId?: string;
  renameAction: RenameAction;
  deleteAction: DeleteAction;
}) {
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();
  const [renaming, setRenaming] = useState<ScenarioListItem | null>(null);
  const [newName, setNewName] = useState("");
  const [renameError, setRenameError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<ScenarioListItem | null>(null);

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!renaming) return;
    startTransition(async () => {
      const result = await renameAction({ scenarioId: renaming.id, name: newName });
      if (!result.ok) {
        setRenameError(result.fieldErrors?.name?.[0] ?? result.message);
        return;
      }
      setRenaming(null);
      toast({ title: "Scenario renamed", description: `It is now “${result.data.name}”.`, variant: "success" });
      router.refresh();
    });
  }

  function onDelete() {
    if (!deleting) return;
    const target = deleting;
    startTransition(async () => {
      const result = await deleteAction({ scenarioId: target.id });
      setDeleting(null);
      if (!result.ok) {
        toast({ title: "Could not delete", description: result.message, variant: "danger" });
        return;
      }
      toast({ title: "Scenario deleted", description: `“${target.name}” is gone.`, variant: "success" });
      if (openId === target.id) router.replace("/salary");
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Your saved scenarios</CardTitle>
        <CardDescription>
          {scenarios.length} of {max} kept. Open one to see its paths again.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {scenarios.length === 0 ? (
          <p className="text-sm text-muted">None yet. Build a comparison above and save it under a name.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Saved scenarios">
            {scenarios.map((scenario) => (
              <li key={scenario.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link
                    href={`/salary?scenario=${scenario.id}`}
                    className="font-medium break-words text-fg hover:text-brand hover:underline"
                    aria-current={openId === scenario.id ? "page" : undefined}
                  >
                    {scenario.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {scenario.pathCount} {scenario.pathCount === 1 ? "path" : "paths"} · saved {dateFormat.format(new Date(scenario.createdAt))}
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <ButtonLink href={`/salary?scenario=${scenario.id}`} size="sm" variant="secondary" aria-label={`Open ${scenario.name}`}>
                    Open
                  </ButtonLink>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    aria-label={`Rename ${scenario.name}`}
                    onClick={() => {
                      setRenaming(scenario);
                      setNewName(scenario.name);
                      setRenameError(undefined);
                    }}
                  >
                    Rename
                  </Button>
                  <Button type="button" size="sm" variant="ghost-danger" aria-label={`Delete ${scenario.name}`} onClick={() => setDeleting(scenario)}>
                    Delete
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardContent>

      <Dialog
        open={renaming !== null}
        onClose={() => setRenaming(null)}
        title="Rename scenario"
        footer={
          <>
            <Button type="button" variant="secondary" onClick={() => setRenaming(null)}>
              Cancel
            </Button>
            <Button type="submit" form="rename-scenario" loading={pending}>
              Rename
            </Button>
          </>
        }
      >
        <form id="rename-scenario" onSubmit={onRename} noValidate>
          <TextField
            label="New name"
            name="name"
            maxLength={80}
            required
            value={newName}
            onChange={(event) => setNewName(event.target.value)}
            error={renameError}
          />
        </form>
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={onDelete}
        title="Delete this scenario?"
        description={deleting ? `“${deleting.name}” will be removed. This cannot be undone.` : undefined}
        confirmLabel="Delete"
        danger
        loading={pending}
      />
    </Card>
  );
}
