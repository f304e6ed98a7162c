"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import type { CodeSummary } from "@/lib/codes/code-directory";
import { CodeBadges } from "./code-badges";
import { CodePreview } from "./code-preview";

const DEBOUNCE_MS = 120;

type SearchState = { status: "idle" | "loading" | "done" | "error"; results: CodeSummary[]; message?: string };

/**
 * Search-as-you-type code lookup, keyboard first: type, move with the arrow keys, Enter chooses, Escape clears.
 * Used on /codes and inside exercises (through CodeLookupPanel).
 */
export function CodeSearch({
  initialQuery = "",
  onSelect,
  autoFocus,
  label = "Search codes",
}: {
  initialQuery?: string;
  onSelect: (result: CodeSummary) => void;
  autoFocus?: boolean;
  label?: string;
}) {
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState(initialQuery);
  const [system, setSystem] = useState("");
  const [billableOnly, setBillableOnly] = useState(false);
  const [state, setState] = useState<SearchState>({ status: "idle", results: [] });
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const text = query.trim();
    if (text === "") return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((current) => ({ ...current, status: "loading" }));
      const params = new URLSearchParams({ q: text, limit: "25", ...(system ? { system } : {}), ...(billableOnly ? { billable: "1" } : {}) });
      try {
        const response = await fetch(`/api/codes/search?${params}`, { signal: controller.signal });
        const body = await response.json();
        if (!response.ok) setState({ status: "error", results: [], message: body.error ?? "The search failed." });
        else setState({ status: "done", results: body.results });
        setActive(0);
      } catch (error) {
        if ((error as Error).name !== "AbortError")
          setState({ status: "error", results: [], message: "The search failed. Check your connection and try again." });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, system, billableOnly]);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const results = query.trim() === "" ? [] : state.results;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && results.length) {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === "ArrowUp" && results.length) {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && results[active]) {
      event.preventDefault();
      onSelect(results[active]);
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery("");
    }
  }

  const activeId = results[active] ? `${id}-option-${active}` : undefined;
  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <label htmlFor={`${id}-input`} className="sr-only">
            {label}
          </label>
          <Input
            id={`${id}-input`}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            placeholder="Code, words, or shorthand: J45.909, tear medial meniscus, HTN…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            controlSize="lg"
            className="pr-10"
          />
          {state.status === "loading" && (
            <span className="absolute top-1/2 right-3 -translate-y-1/2">
              <Spinner size="sm" label="Searching" />
            </span>
          )}
        </div>
        <Select aria-label="Code set" value={system} onChange={(event) => setSystem(event.target.value)} controlSize="lg" className="sm:w-40">
          <option value="">All code sets</option>
          <option value="icd10cm">ICD-10-CM</option>
          <option value="hcpcs">HCPCS Level II</option>
          <option value="cpt">CPT (our summaries)</option>
        </Select>
      </div>
      <label className="inline-flex items-center gap-2 text-sm text-fg">
        <input
          type="checkbox"
          checked={billableOnly}
          onChange={(event) => setBillableOnly(event.target.checked)}
          className="size-4 accent-[var(--color-brand)]"
        />
        Billable codes only
      </label>
      <p className="sr-only" aria-live="polite">
        {query.trim() && state.status === "done" ? `${results.length} result${results.length === 1 ? "" : "s"}` : ""}
      </p>
      {state.status === "error" && query.trim() && (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      )}
      {state.status === "done" && query.trim() && results.length === 0 && (
        <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
          No codes match “{query.trim()}”. Try fewer words, another spelling, or a code prefix.
        </p>
      )}
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Matching codes"
        className={cn("max-h-[32rem] divide-y divide-border overflow-y-auto rounded-xl border border-border bg-surface", results.length === 0 && "hidden")}
      >
        {results.map((result, index) => (
          <li
            key={`${result.system}:${result.code}`}
            id={`${id}-option-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => onSelect(result)}
            className={cn("cursor-pointer px-4 py-3", index === active && "bg-brand-soft/60")}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-sm font-semibold text-fg">{result.code}</span>
              <CodeBadges code={result} />
              {result.units && (
                <span className="rounded-full bg-brand px-2.5 py-0.5 text-xs font-semibold text-brand-fg">
                  × {result.units.units} unit{result.units.units === 1 ? "" : "s"}
                </span>
              )}
            </div>
            <p className="mt-1 text-sm text-fg">{result.description}</p>
            {result.path.length > 1 && (
              <p className="mt-1 truncate text-xs text-muted">
                {result.path
                  .slice(0, -1)
                  .map((step) => (step.code ? step.label : `${step.label} ${step.title}`))
                  .join(" › ")}
              </p>
            )}
          </li>
        ))}
      </ul>
      {results[active] && <CodePreview result={results[active]} />}
    </div>
  );
}
