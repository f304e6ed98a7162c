"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <EmptyState
        titleAs="h1"
        title="Something went wrong on our side"
        description="The problem has been logged. Try again, and if it keeps happening, come back a little later."
        action={<Button onClick={reset}>Try again</Button>}
      />
    </div>
  );
}
