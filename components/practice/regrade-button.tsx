"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { regradeAttemptAction } from "@/app/(app)/practice/dispute-actions";
import { Button } from "@/components/ui/button";

/** One click: grade this attempt's answer against the current key, as a new attempt, and open it. */
export function RegradeButton({ caseId, attemptId }: { caseId: string; attemptId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        type="button"
        size="sm"
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await regradeAttemptAction({ attemptId });
            if (result.ok) router.push(`/practice/${caseId}/attempts/${result.data.id}`);
            else setError(result.message);
          })
        }
      >
        Regrade against the new key
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
