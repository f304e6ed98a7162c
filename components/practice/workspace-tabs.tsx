"use client";

import { cn } from "@/components/ui/cn";

export type WorkspaceTab = "chart" | "claim";

const TABS: { id: WorkspaceTab; label: string; panel: string }[] = [
  { id: "chart", label: "Chart", panel: "chart-panel" },
  { id: "claim", label: "Claim form", panel: "claim-panel" },
];

/** On a phone the chart and the claim form are two tabs rather than one long scroll; from lg up both show side by side. */
export function WorkspaceTabs({ active, onChange }: { active: WorkspaceTab; onChange: (tab: WorkspaceTab) => void }) {
  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next = active === "chart" ? "claim" : "chart";
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  }
  return (
    <div
      role="tablist"
      aria-label="Case workspace"
      className="sticky top-16 z-10 -mx-4 flex border-b border-border bg-canvas/95 px-4 backdrop-blur sm:-mx-6 sm:px-6 lg:hidden"
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={active === tab.id}
          aria-controls={tab.panel}
          tabIndex={active === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          className={cn(
            "flex-1 border-b-2 px-3 py-2.5 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-ring",
            active === tab.id ? "border-brand text-fg" : "border-transparent text-muted hover:text-fg",
          )}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
