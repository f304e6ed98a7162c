"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";

export type TabItem = {
  id: string;
  label: ReactNode;
  content: ReactNode;
  disabled?: boolean;
};

export type TabsProps = {
  /** Accessible name of the tab list (aria-label). */
  label: string;
  items: TabItem[];
  /** Initially selected tab; the first enabled tab otherwise. */
  defaultId?: string;
  /** Called after the selected tab changes. */
  onChange?: (id: string) => void;
  className?: string;
  /** Class for the tab list row. */
  listClassName?: string;
  /** Class for each tab panel. */
  panelClassName?: string;
};

/**
 * WAI-ARIA tabs (automatic activation): one tab stop for the list, Left/Right move and select,
 * Home/End jump to the first/last tab. Inactive panels stay mounted but hidden, so their state survives.
 */
export function Tabs({ label, items, defaultId, onChange, className, listClassName, panelClassName }: TabsProps) {
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const firstEnabled = items.find((item) => !item.disabled)?.id;
  const [selected, setSelected] = useState<string | undefined>(
    defaultId && items.some((item) => item.id === defaultId && !item.disabled) ? defaultId : firstEnabled,
  );
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  // If the items change and the selection disappears, fall back to the first enabled tab.
  const current = items.some((item) => item.id === selected && !item.disabled) ? selected : firstEnabled;

  const safe = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, "_");
  const tabId = (id: string) => `${baseId}-tab-${safe(id)}`;
  const panelId = (id: string) => `${baseId}-panel-${safe(id)}`;

  function select(id: string) {
    if (id === current) return;
    setSelected(id);
    onChange?.(id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const enabled = items.filter((item) => !item.disabled);
    if (enabled.length === 0) return;
    const index = enabled.findIndex((item) => item.id === current);
    let next: TabItem | undefined;
    switch (event.key) {
      case "ArrowRight":
        next = enabled[(index + 1) % enabled.length];
        break;
      case "ArrowLeft":
        next = enabled[(index - 1 + enabled.length) % enabled.length];
        break;
      case "Home":
        next = enabled[0];
        break;
      case "End":
        next = enabled[enabled.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (!next) return;
    select(next.id);
    const tab = tabRefs.current.get(next.id);
    tab?.focus();
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  return (
    <div className={cn("min-w-0", className)}>
      <div
        role="tablist"
        aria-label={label}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        className={cn(
          "flex [scrollbar-width:none] gap-1 overflow-x-auto shadow-[inset_0_-1px_0_var(--color-border)] [&::-webkit-scrollbar]:hidden",
          listClassName,
        )}
      >
        {items.map((item) => {
          const isSelected = item.id === current;
          return (
            <button
              key={item.id}
              ref={(node) => {
                if (node) tabRefs.current.set(item.id, node);
                else tabRefs.current.delete(item.id);
              }}
              type="button"
              role="tab"
              id={tabId(item.id)}
              aria-selected={isSelected}
              aria-controls={panelId(item.id)}
              tabIndex={isSelected ? 0 : -1}
              disabled={item.disabled}
              onClick={() => select(item.id)}
              className={cn(
                "relative inline-flex h-10 shrink-0 items-center gap-2 rounded-t-md px-3 text-sm font-medium whitespace-nowrap",
                "text-muted transition-colors hover:text-fg",
                "after:absolute after:inset-x-2 after:bottom-0 after:h-0.5 after:rounded-full after:bg-transparent after:transition-colors",
                "hover:after:bg-border",
                "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
                "disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:text-muted disabled:hover:after:bg-transparent",
                "aria-selected:text-fg aria-selected:after:bg-brand aria-selected:hover:after:bg-brand",
              )}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={panelId(item.id)}
          aria-labelledby={tabId(item.id)}
          tabIndex={0}
          hidden={item.id !== current}
          className={cn("mt-4 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-ring", panelClassName)}
        >
          {item.content}
        </div>
      ))}
    </div>
  );
}
