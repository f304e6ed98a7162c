"use client";

import { useState } from "react";
import { AppealEditor, CorrectionEditor, usePreloadedDenialEditors } from "@/components/denials/lazy-editors";
import { appealTemplate, correctionPayload } from "@/components/denials/work-drafts";
import { PolicyView } from "@/components/denials/policy-view";
import { RemittanceView } from "@/components/denials/remittance-view";
import { Button } from "@/components/ui/button";
import { RESOLUTION_KINDS, RESOLUTION_LABELS, WRITE_OFF_LABELS, WRITE_OFF_REASONS, type ResolutionKind } from "@/lib/claims/resolutions";
import type { PassageRef } from "@/lib/claims/appeal";
import type { DenialBrief } from "@/lib/workday/claims-adapter";

const SENDS: ResolutionKind[] = ["corrected-claim", "reopening", "new-claim"];
const selectClasses = "mt-1 block w-full rounded-lg border border-border bg-surface p-2 text-fg";

/**
 * Working one denial during the day with the denials workbench's own pieces: its remittance view, payer policy,
 * claim editor (with the scrubber) and appeal editor. The day's payer answers through lib/claims.
 */
export function DenialWorkForm({ brief, pending, onSubmit }: { brief: DenialBrief; pending: boolean; onSubmit: (work: unknown) => void }) {
  const [rootCause, setRootCause] = useState("");
  const [resolution, setResolution] = useState<ResolutionKind | "">("");
  const [writeOffReason, setWriteOffReason] = useState("");
  const [correction, setCorrection] = useState(brief.initialCorrection);
  const [letter, setLetter] = useState(() => appealTemplate(brief.appealFields));
  usePreloadedDenialEditors();
  const [attachments, setAttachments] = useState<PassageRef[]>([]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!rootCause || !resolution) return;
    onSubmit({
      rootCause,
      resolution,
      ...(resolution === "write-off" && writeOffReason ? { writeOffReason } : {}),
      ...(SENDS.includes(resolution) ? { correction: correctionPayload(correction) } : {}),
      ...(resolution === "appeal" ? { appeal: { letter, attachments } } : {}),
    });
  }

  return (
    <div className="space-y-5">
      <p className="text-sm text-fg">{brief.summary}</p>
      <RemittanceView remit={brief.remit} />
      <details className="rounded-lg border border-border p-3 text-sm">
        <summary className="cursor-pointer font-medium text-fg">Payer policy: {brief.policy.title}</summary>
        <div className="mt-2">
          <PolicyView policy={brief.policy} payer={brief.payer} />
        </div>
      </details>
      <form onSubmit={submit} className="space-y-5" aria-label="Work this denial">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-fg">Root cause</legend>
          {brief.rootCauses.map((option) => (
            <label
              key={option.id}
              className="flex items-start gap-2 rounded-lg border border-border p-2 text-sm text-fg has-checked:border-brand has-checked:bg-brand-soft"
            >
              <input
                type="radio"
                name="root-cause"
                value={option.id}
                checked={rootCause === option.id}
                onChange={() => setRootCause(option.id)}
                className="mt-1 accent-(--color-brand)"
              />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
        <label className="block text-sm">
          <span className="font-semibold text-fg">Next step</span>
          <select value={resolution} onChange={(event) => setResolution(event.target.value as ResolutionKind | "")} className={selectClasses}>
            <option value="">Choose…</option>
            {RESOLUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {RESOLUTION_LABELS[kind].label}
              </option>
            ))}
          </select>
          {resolution && <span className="mt-1 block text-xs text-muted">{RESOLUTION_LABELS[resolution].hint}</span>}
        </label>
        {resolution === "write-off" && (
          <label className="block text-sm">
            <span className="font-semibold text-fg">Adjustment reason</span>
            <select value={writeOffReason} onChange={(event) => setWriteOffReason(event.target.value)} className={selectClasses}>
              <option value="">Choose…</option>
              {WRITE_OFF_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {WRITE_OFF_LABELS[reason]}
                </option>
              ))}
            </select>
          </label>
        )}
        {resolution && SENDS.includes(resolution) && (
          <section aria-label="Correct the claim" className="rounded-xl border border-border bg-surface-2/40 p-4">
            <CorrectionEditor claimNumber={brief.claimNumber} state={correction} onChange={setCorrection} disabled={pending} />
          </section>
        )}
        {resolution === "appeal" && (
          <section aria-label="Write the appeal" className="rounded-xl border border-border bg-surface-2/40 p-4">
            <AppealEditor
              fields={brief.appealFields}
              letter={letter}
              onLetter={setLetter}
              documents={brief.documents}
              attachments={attachments}
              onAttachments={setAttachments}
              disabled={pending}
            />
          </section>
        )}
        <Button type="submit" loading={pending} disabled={!rootCause || !resolution}>
          Send the work
        </Button>
      </form>
    </div>
  );
}
