"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** What a page shows when loading its data failed: what happened, a retry, and a way out. Nothing the user typed is lost. */
export function SegmentError({
  error,
  reset,
  what,
  backHref,
  backLabel,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  what: string;
  backHref: string;
  backLabel: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <EmptyState
        titleAs="h1"
        title={`${what} could not be loaded`}
        description={`Something went wrong on our side${error.digest ? ` (reference ${error.digest})` : ""}. Try again; if it keeps happening, come back a little later.`}
        action={
          <div className="flex flex-wrap justify-center gap-3">
            <Button onClick={reset}>Try again</Button>
            <ButtonLink href={backHref} variant="secondary">
              {backLabel}
            </ButtonLink>
          </div>
        }
      />
    </div>
  );
}
