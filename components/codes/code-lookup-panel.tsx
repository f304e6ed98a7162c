"use client";

import { Dialog } from "@/components/ui/dialog";
import type { CodeSummary } from "@/lib/codes/code-directory";
import { CodeSearch } from "./code-search";

/** The code lookup as a panel over an exercise: choosing a code hands it to `onChoose` and closes the panel. */
export function CodeLookupPanel({
  open,
  onClose,
  onChoose,
  initialQuery,
}: {
  open: boolean;
  onClose: () => void;
  onChoose: (result: CodeSummary) => void;
  initialQuery?: string;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Look up a code"
      description="Type a code or words; arrow keys to move, Enter to choose, Esc to close."
      size="lg"
    >
      {open && (
        <CodeSearch
          autoFocus
          initialQuery={initialQuery}
          onSelect={(result) => {
            onChoose(result);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
