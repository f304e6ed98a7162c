"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { CodeDetail, CodeSummary } from "@/lib/codes/code-directory";
import type { CodeTabularNotes } from "@/lib/codes/tabular-notes";
import { codeHref } from "./code-link";
import { NoteText } from "./note-text";

type Preview = Pick<CodeDetail, "billableDescendants" | "billingUnit"> & { notes?: CodeTabularNotes };

const PREVIEW_DELAY_MS = 150;
// The notes a coder must see before choosing, in the order they matter; the code page has all of them.
const SHOWN: { kind: "excludes1" | "excludes2" | "codeFirst" | "useAdditionalCode" | "codeAlso"; label: string; hint: string }[] = [
  { kind: "excludes1", label: "Excludes1", hint: "never reported together with this code" },
  { kind: "excludes2", label: "Excludes2", hint: "not part of this code; both may be reported" },
  { kind: "codeFirst", label: "Code first", hint: "sequence it before this code" },
  { kind: "useAdditionalCode", label: "Use additional code", hint: "add it after this code" },
  { kind: "codeAlso", label: "Code also", hint: "another code may be needed" },
];
/**
 * What to know about the highlighted result before choosing it: the units a typed dose bills as and how they were
 * rounded, and the Tabular notes that decide whether it may be reported (Excludes1 and Excludes2 told apart).
 */
export function CodePreview({ result }: { result: CodeSummary }) {
  const [preview, setPreview] = useState<{ code: string; data: Preview } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/codes/${encodeURIComponent(result.code)}?system=${result.system}`, { signal: controller.signal });
        if (response.ok) setPreview({ code: result.code, data: (await response.json()) as Preview });
      } catch {
        // A preview is a convenience: the result itself still works without it.
      }
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [result.code, result.system]);

  const data = preview?.code === result.code ? preview.data : undefined;
  const notes = data?.notes;
  const shown = notes?.loaded
    ? SHOWN.map((kind) => ({ ...kind, texts: notes.groups.filter((group) => group.kind === kind.kind).flatMap((group) => group.notes) })).filter(
        (kind) => kind.texts.length > 0,
      )
    : [];
  return (
    <section aria-label={`About ${result.code}`} aria-live="polite" className="rounded-xl border border-border bg-surface-2/40 p-4 text-sm">
      <p className="font-semibold text-fg">
        <Link href={codeHref(result)} className="font-mono text-brand hover:underline">
          {result.code}
        </Link>{" "}
        {result.description}
      </p>
      {result.units && (
        <p className="mt-2 rounded-lg bg-brand-soft px-3 py-2 text-brand-soft-fg">
          <strong>
            Bill {result.code} × {result.units.units}
          </strong>{" "}
          for {result.units.dose}. {result.units.explanation}
        </p>
      )}
      {!result.units && data?.billingUnit && (
        <p className="mt-2 text-muted">Billed {data.billingUnit} a unit: type the dose with the drug (for example “30 mg”) to get the units.</p>
      )}
      {data && data.billableDescendants.total > 0 && (
        <p className="mt-2 text-muted">A header: {data.billableDescendants.total.toLocaleString("en-US")} billable codes below it.</p>
      )}
      {shown.length > 0 && (
        <dl className="mt-2 space-y-1.5">
          {shown.map((kind) => (
            <div key={kind.kind}>
              <dt className="font-medium text-fg">
                {kind.label} <span className="font-normal text-muted">— {kind.hint}</span>
              </dt>
              {kind.texts.slice(0, 4).map((text) => (
                <dd key={text} className="pl-3 text-fg">
                  <NoteText text={text} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
      {notes && !notes.loaded && result.system === "icd10cm" && (
        <p className="mt-2 text-xs text-muted">Tabular List notes are not loaded on this installation.</p>
      )}
    </section>
  );
}
