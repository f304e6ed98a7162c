"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { submitDenialWorkAction } from "@/app/(app)/denials/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SelectField } from "@/components/ui/select";
import type { PassageRef } from "@/lib/claims/appeal";
import type { ChartDocument } from "@/lib/claims/scenario-schema";
import { RESOLUTION_KINDS, RESOLUTION_LABELS, WRITE_OFF_LABELS, WRITE_OFF_REASONS, type ResolutionKind, type WriteOffReason } from "@/lib/claims/resolutions";
import type { AppealFields, CorrectionState } from "@/lib/claims/work-start";
import type { DenialAttempt } from "@/lib/denials/attempts";
import { AppealEditor, CorrectionEditor, usePreloadedDenialEditors } from "./lazy-editors";
import { appealTemplate, correctionPayload } from "./work-drafts";
import type { ScrubResult } from "@/lib/claims/scrub";

// The result (remittance explained, scrubber findings) shows only after a submission: fetched when the learner submits.
const loadWorkResult = () => import("./work-result").then((module) => module.WorkResult);
const WorkResult = lazyPart(loadWorkResult, { ssr: false });
const loadScrubFindings = () => import("./scrub-findings").then((module) => module.ScrubFindings);
const ScrubFindings = lazyPart(loadScrubFindings, { ssr: false });

const newKey = () => crypto.randomUUID().replaceAll("-", "");
const SENDS: ResolutionKind[] = ["corrected-claim", "reopening", "new-claim"];

function Choice({
  name,
  value,
  checked,
  onChange,
  label,
  hint,
  disabled,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <label
      className={cn(
        "flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors",
        checked ? "border-brand bg-brand-soft/40" : "border-border bg-surface hover:bg-surface-2",
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
        className="mt-1 size-4 accent-[var(--color-brand)]"
      />
      <span>
        <span className="block text-sm font-medium text-fg">{label}</span>
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </span>
    </label>
  );
}

/** Working one denial: the root cause, the resolution, the corrected claim or the appeal, then the payer's answer and the grade. */
export function WorkPanel({
  claimNumber,
  rootCauses,
  initialCorrection,
  appealFields,
  documents,
}: {
  claimNumber: string;
  rootCauses: { id: string; text: string }[];
  initialCorrection: CorrectionState;
  appealFields: AppealFields;
  documents: ChartDocument[];
}) {
  const [rootCause, setRootCause] = useState("");
  const [resolution, setResolution] = useState<ResolutionKind | "">("");
  usePreloadedDenialEditors();
  const [writeOffReason, setWriteOffReason] = useState<WriteOffReason | "">("");
  const [correction, setCorrection] = useState(initialCorrection);
  const [letter, setLetter] = useState(() => appealTemplate(appealFields));
  const [attachments, setAttachments] = useState<PassageRef[]>([]);
  const [blocked, setBlocked] = useState<ScrubResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<DenialAttempt | null>(null);
  const [key, setKey] = useState(newKey);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const resultRef = useRef<HTMLDivElement>(null);

  function send(event: React.FormEvent) {
    event.preventDefault();
    if (!rootCause || !resolution) {
      setError(!rootCause ? "Choose the root cause first." : "Choose a resolution.");
      return;
    }
    setError(null);
    void loadWorkResult();
    void loadScrubFindings();
    startTransition(async () => {
      const result = await submitDenialWorkAction({
        claimNumber,
        idempotencyKey: key,
        rootCause,
        resolution,
        ...(resolution === "write-off" && writeOffReason ? { writeOffReason } : {}),
        ...(SENDS.includes(resolution) ? { correction: correctionPayload(correction) } : {}),
        ...(resolution === "appeal" ? { appeal: { letter, attachments } } : {}),
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      if (result.data.kind === "blocked") {
        setBlocked(result.data.scrub);
        setKey(newKey());
        return;
      }
      setBlocked(null);
      setAttempt(result.data.attempt);
      router.refresh();
      window.setTimeout(() => resultRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }), 0);
    });
  }

  function again() {
    setAttempt(null);
    setKey(newKey());
    setBlocked(null);
  }

  const done = attempt !== null;
  return (
    <div className="space-y-6">
      <form onSubmit={send} noValidate className="space-y-6" aria-label="Work this denial">
        <fieldset disabled={done} className="space-y-2">
          <legend className="mb-1 text-base font-semibold text-fg">1. What is the root cause?</legend>
          {rootCauses.map((option) => (
            <Choice
              key={option.id}
              name="rootCause"
              value={option.id}
              checked={rootCause === option.id}
              onChange={() => setRootCause(option.id)}
              label={option.text}
            />
          ))}
        </fieldset>
        <fieldset disabled={done} className="space-y-2">
          <legend className="mb-1 text-base font-semibold text-fg">2. What do you do?</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {RESOLUTION_KINDS.map((kind) => (
              <Choice
                key={kind}
                name="resolution"
                value={kind}
                checked={resolution === kind}
                onChange={() => setResolution(kind)}
                label={RESOLUTION_LABELS[kind].label}
                hint={RESOLUTION_LABELS[kind].hint}
              />
            ))}
          </div>
        </fieldset>

        {resolution === "write-off" && (
          <SelectField
            label="Adjustment reason"
            name="writeOffReason"
            placeholder="Choose the reason"
            value={writeOffReason}
            onChange={(event) => setWriteOffReason(event.target.value as WriteOffReason)}
            options={WRITE_OFF_REASONS.map((value) => ({ value, label: WRITE_OFF_LABELS[value] }))}
            disabled={done}
          />
        )}
        {resolution && SENDS.includes(resolution) && (
          <section aria-label="Correct the claim" className="rounded-xl border border-border bg-surface-2/40 p-4">
            <h3 className="mb-3 text-base font-semibold text-fg">3. Correct the claim</h3>
            <CorrectionEditor claimNumber={claimNumber} state={correction} onChange={setCorrection} disabled={done} />
          </section>
        )}
        {resolution === "appeal" && (
          <section aria-label="Write the appeal" className="rounded-xl border border-border bg-surface-2/40 p-4">
            <AppealEditor
              fields={appealFields}
              letter={letter}
              onLetter={setLetter}
              documents={documents}
              attachments={attachments}
              onAttachments={setAttachments}
              disabled={done}
            />
          </section>
        )}

        {blocked && <ScrubFindings result={blocked} />}
        {error && (
          <Alert variant="danger" title="Not sent">
            {error}
          </Alert>
        )}
        {!done && (
          <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
            <Button type="submit" loading={pending}>
              {resolution && (SENDS.includes(resolution) || resolution === "appeal") ? "Send to the payer" : "Record this resolution"}
            </Button>
            <p className="text-sm text-muted">Graded on the root cause, the resolution and the payer’s answer.</p>
          </div>
        )}
      </form>
      {attempt && (
        <div ref={resultRef} className="scroll-mt-20 space-y-4">
          <WorkResult attempt={attempt} />
          <Button type="button" variant="secondary" onClick={again}>
            Work this claim again
          </Button>
        </div>
      )}
    </div>
  );
}
