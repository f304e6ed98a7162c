"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { abandonWorkday, startWorkday } from "@/app/(app)/workday/actions";
import { Button } from "@/components/ui/button";

/** Starts a day of a scenario (or resumes the one in progress) and opens it. */
export function StartDayButton({ scenarioId, label, variant = "primary" }: { scenarioId: string; label: string; variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        type="button"
        variant={variant}
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startWorkday({ scenarioId });
            if (result.ok) router.push(`/workday/${result.data.runId}`);
            else setError(result.message);
          })
        }
      >
        {label}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** Gives up a day in progress, after a confirmation, and goes back to the list of days. */
export function AbandonDayButton({ runId }: { runId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      loading={pending}
      onClick={() => {
        if (!window.confirm("Abandon this day? Its progress is discarded and you can start the scenario again.")) return;
        startTransition(async () => {
          const result = await abandonWorkday({ runId });
          if (result.ok) router.push("/workday");
        });
      }}
    >
      Abandon day
    </Button>
  );
}
