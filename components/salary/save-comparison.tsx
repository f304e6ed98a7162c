"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/result";
import type { Comparison } from "@/lib/salary/comparison";
import { MAX_SCENARIO_NAME_LENGTH } from "@/lib/salary/scenarios";

export type SaveAction = (input: unknown) => Promise<ActionResult<{ id: string; name: string }>>;

/** Saves the comparison on screen under a name, for a signed-in learner. */
export function SaveComparison({ comparison, saveAction }: { comparison: Comparison; saveAction: SaveAction }) {
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await saveAction({ name, comparison });
      if (!result.ok) {
        setError(result.fieldErrors?.name?.[0] ?? result.message);
        return;
      }
      setError(undefined);
      setName("");
      toast({ title: "Scenario saved", description: `“${result.data.name}” is in your saved scenarios.`, variant: "success" });
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Save this comparison</CardTitle>
        <CardDescription>Keep the starting point, the paths and the goal under a name, to open again later.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField
            label="Scenario name"
            name="name"
            maxLength={MAX_SCENARIO_NAME_LENGTH}
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error}
            containerClassName="sm:w-96"
          />
          <Button type="submit" loading={pending} className="sm:mt-7">
            Save this comparison
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
