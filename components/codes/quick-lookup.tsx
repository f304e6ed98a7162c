"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { CodeLookupPanel, loadCodeLookupPanel } from "./lazy-code-lookup-panel";
import { openPageLookup } from "./page-lookup";
import { useIdlePreload } from "@/components/ui/use-idle-preload";

/**
 * A "look up a code" button in the header; "/" opens it from anywhere that is not a text field. On a page that
 * claimed the lookup (a case's claim form), both open that page's lookup instead of leaving for /codes.
 */
export function QuickLookup() {
  const router = useRouter();
  const [open, setOpenState] = useState(false);
  // Mounted from the first opening on, so closing keeps the dialog's own focus return and the last query.
  const [opened, setOpened] = useState(false);
  const setOpen = (value: boolean) => {
    if (value) setOpened(true);
    setOpenState(value);
  };

  // Fetched once the page is idle, so the first "/" opens the panel at once.
  useIdlePreload(loadCodeLookupPanel);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable=true]");
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        if (!openPageLookup()) setOpen(true);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (!openPageLookup()) setOpen(true);
        }}
        aria-keyshortcuts="/"
        aria-label="Look up a code"
        className="hidden shrink-0 items-center gap-2 rounded-lg border border-border bg-surface px-3 py-1.5 text-sm text-muted hover:text-fg sm:inline-flex"
      >
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <circle cx="9" cy="9" r="6" />
          <path d="M14 14l4 4" strokeLinecap="round" />
        </svg>
        <span className="hidden whitespace-nowrap 2xl:inline">Look up a code</span>
        <kbd className="rounded border border-border px-1.5 font-mono text-xs">/</kbd>
      </button>
      {opened && (
        <CodeLookupPanel
          open={open}
          onClose={() => setOpen(false)}
          onChoose={(result) => router.push(`/codes/${encodeURIComponent(result.code)}?system=${result.system}`)}
        />
      )}
    </>
  );
}
