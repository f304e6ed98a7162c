"use client";

import { useEffect, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { THEME_STORAGE_KEY } from "./theme-script";

type ThemeChoice = "light" | "dark" | "system";
const CHOICES: ThemeChoice[] = ["light", "dark", "system"];
const LABELS: Record<ThemeChoice, string> = { light: "Light", dark: "Dark", system: "System" };
const CHANGE_EVENT = "chartwise-theme-change";

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function applyTheme(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

export function ThemeToggle({ className }: { className?: string }) {
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as const);

  useEffect(() => {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onSystemChange = () => applyTheme(readChoice());
    media.addEventListener("change", onSystemChange);
    return () => media.removeEventListener("change", onSystemChange);
  }, []);

  function select(next: ThemeChoice) {
    localStorage.setItem(THEME_STORAGE_KEY, next);
    applyTheme(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }

  return (
    <div role="group" aria-label="Colour theme" className={cn("inline-flex rounded-lg border border-border bg-surface-2 p-0.5", className)}>
      {CHOICES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={choice === option}
          onClick={() => select(option)}
          className={cn(
            "rounded-md px-2 py-1 text-xs font-medium transition-colors",
            choice === option ? "bg-surface text-fg shadow-xs" : "text-muted hover:text-fg",
          )}
        >
          {LABELS[option]}
        </button>
      ))}
    </div>
  );
}
