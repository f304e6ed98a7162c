"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { DenialBrief } from "@/lib/workday/claims-adapter";

const SENDS_CLAIM = new Set(["corrected-claim", "reopening", "new-claim"]);
const usd = (value: number) => `$${value.toFixed(2)}`;

/** Working one denial: read the remittance and the chart, name the root cause, choose the next step, and correct or appeal. */
export function DenialWorkForm({ brief, pending, onSubmit }: { brief: DenialBrief; pending: boolean; onSubmit: (work: unknown) => void }) {
  const [rootCause, setRootCause] = useState("");
  const [resolution, setResolution] = useState("");
  const [writeOffReason, setWriteOffReason] = useState("");
  const [letter, setLetter] = useState("");
  const [attached, setAttached] = useState<Set<string>>(new Set());
  const [lines, setLines] = useState(brief.claimLines.map((line) => ({ ...line, modifiersText: line.modifiers.join(" ") })));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    onSubmit({
      rootCause,
      resolution,
      ...(resolution === "write-off" && writeOffReason ? { writeOffReason } : {}),
      ...(SENDS_CLAIM.has(resolution) ? { correction: { diagnoses: brief.diagnoses, lines: lines.map((line) => ({ code: line.code, modifiers: line.modifiersText.toUpperCase().split(/[\s,]+/).filter(Boolean), units: line.units, pointers: line.pointers })) } } : {}),
      ...(resolution === "appeal" ? { appeal: { letter, attachments: [...attached].map((key) => ({ documentId: key.split("#")[0]!, passage: Number(key.split("#")[1]) })) } } : {}),
    });
  }

  return (
    <form onSubmit={submit} className="space-y-5">
      <p className="text-sm text-fg">{brief.summary}</p>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-sm">
          <caption className="sr-only">The remittance</caption>
          <thead className="bg-surface-2 text-left text-xs text-muted">
            <tr><th className="px-3 py-2">Line</th><th className="px-3 py-2">Code</th><th className="px-3 py-2 text-right">Billed</th><th className="px-3 py-2 text-right">Paid</th><th className="px-3 py-2">Adjustments and remarks</th></tr>
          </thead>
          <tbody className="divide-y divide-border">
            {brief.lines.map((line) => (
              <tr key={line.line}>
                <td className="px-3 py-2">{line.line}</td>
                <td className="px-3 py-2 font-mono">{line.code}{line.modifiers.length ? `-${line.modifiers.join("-")}` : ""}</td>
                <td className="px-3 py-2 text-right tabular-nums">{usd(line.billed)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{usd(line.paid)}</td>
                <td className="px-3 py-2 text-xs">{[...line.adjustments, ...line.remarks].join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="rounded-lg border border-border p-3 text-sm">
        <summary className="cursor-pointer font-medium text-fg">Payer policy: {brief.policy.title}</summary>
        <p className="mt-2 whitespace-pre-line text-fg">{brief.policy.text}</p>
      </details>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-fg">Root cause</legend>
        {brief.rootCauses.map((option) => (
          <label key={option.id} className="flex items-start gap-2 text-sm text-fg">
            <input type="radio" name="root-cause" value={option.id} checked={rootCause === option.id} onChange={() => setRootCause(option.id)} className="mt-1 accent-(--color-brand)" />
            <span>{option.text}</span>
          </label>
        ))}
      </fieldset>

      <label className="block text-sm">
        <span className="font-semibold text-fg">Next step</span>
        <select value={resolution} onChange={(event) => setResolution(event.target.value)} className="mt-1 block w-full rounded-lg border border-border bg-surface p-2 text-fg">
          <option value="">Choose…</option>
          {brief.resolutions.map((option) => (
            <option key={option.id} value={option.id}>{option.label}</option>
          ))}
        </select>
        {resolution && <span className="mt-1 block text-xs text-muted">{brief.resolutions.find((option) => option.id === resolution)?.hint}</span>}
      </label>

      {resolution === "write-off" && (
        <label className="block text-sm">
          <span className="font-semibold text-fg">Adjustment reason</span>
          <select value={writeOffReason} onChange={(event) => setWriteOffReason(event.target.value)} className="mt-1 block w-full rounded-lg border border-border bg-surface p-2 text-fg">
            <option value="">Choose…</option>
            {brief.writeOffReasons.map((option) => (
              <option key={option.id} value={option.id}>{option.label}</option>
            ))}
          </select>
        </label>
      )}

      {SENDS_CLAIM.has(resolution) && (
        <fieldset className="space-y-2 rounded-lg border border-border p-3">
          <legend className="px-1 text-sm font-semibold text-fg">Corrected claim lines (diagnoses {brief.diagnoses.join(", ")})</legend>
          {lines.map((line, index) => (
            <div key={index} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="w-16 font-mono">{line.code}</span>
              <label className="flex items-center gap-1">
                <span className="text-muted">Modifiers</span>
                <input value={line.modifiersText} onChange={(event) => setLines(lines.map((other, at) => (at === index ? { ...other, modifiersText: event.target.value } : other)))} className="w-28 rounded border border-border bg-surface px-2 py-1 font-mono uppercase text-fg" aria-label={`Line ${index + 1} modifiers`} />
              </label>
              <label className="flex items-center gap-1">
                <span className="text-muted">Units</span>
                <input type="number" min={1} max={999} value={line.units} onChange={(event) => setLines(lines.map((other, at) => (at === index ? { ...other, units: Math.max(1, Number(event.target.value) || 1) } : other)))} className="w-16 rounded border border-border bg-surface px-2 py-1 text-fg" aria-label={`Line ${index + 1} units`} />
              </label>
            </div>
          ))}
        </fieldset>
      )}

      {resolution === "appeal" && (
        <div className="space-y-3">
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-fg">Attach the chart passages that answer the denial</legend>
            {brief.chart.map((document) => (
              <div key={document.id} className="rounded-lg border border-border">
                <p className="border-b border-border bg-surface-2 px-3 py-1.5 text-xs font-semibold text-fg">{document.title}</p>
                {document.passages.map((passage, index) => {
                  const key = `${document.id}#${index}`;
                  return (
                    <label key={key} className="flex items-start gap-2 px-3 py-2 text-sm text-fg">
                      <input type="checkbox" checked={attached.has(key)} onChange={() => setAttached((current) => { const next = new Set(current); if (next.has(key)) next.delete(key); else next.add(key); return next; })} className="mt-1 accent-(--color-brand)" />
                      <span className="font-mono text-[0.8rem] whitespace-pre-line">{passage}</span>
                    </label>
                  );
                })}
              </div>
            ))}
          </fieldset>
          <label className="block text-sm">
            <span className="font-semibold text-fg">Appeal letter</span>
            <textarea value={letter} onChange={(event) => setLetter(event.target.value)} rows={5} maxLength={5000} className="mt-1 w-full rounded-lg border border-border bg-surface p-2 text-fg" />
          </label>
        </div>
      )}

      <Button type="submit" loading={pending} disabled={!rootCause || !resolution}>Send the work</Button>
    </form>
  );
}
