"use client";

import { useState, useTransition } from "react";
import { disputeKeyLineAction } from "@/app/(app)/practice/actions";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { FieldMessage, Label } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { SCORING_EXPLANATION } from "@/lib/coding/scoring-weights";
import type { CodingGrade, CodingVerdict, VerdictStatus } from "@/lib/coding/types";
import { formLetterOf, type FormRows } from "@/lib/practice/draft-editing";
import { formatDuration } from "@/lib/practice/format-duration";
import { GuidelineCitations } from "./guideline-citations";
import { MissingLineDispute } from "./missing-line-dispute";

const STATUS: Record<VerdictStatus, { label: string; variant: BadgeVariant; border: string }> = {
  correct: { label: "Correct", variant: "success", border: "border-l-success" },
  partial: { label: "Partly correct", variant: "warning", border: "border-l-warning" },
  wrong: { label: "Wrong", variant: "danger", border: "border-l-danger" },
  missing: { label: "Missing", variant: "danger", border: "border-l-danger" },
  extra: { label: "Extra", variant: "neutral", border: "border-l-muted" },
  optional: { label: "Optional", variant: "neutral", border: "border-l-border" },
};

const REASON_LABELS: Record<string, string> = {
  "wrong-specificity": "Specificity",
  "wrong-seventh-character": "7th character",
  "wrong-sequence": "Sequence",
  "missing-modifier": "Missing modifier",
  "extra-modifier": "Extra modifier",
  "wrong-modifier": "Wrong modifier",
  "wrong-units": "Units",
  "wrong-pointers": "Pointers",
  "accepted-alternate": "Accepted alternate",
  duplicate: "Duplicate",
};

const points = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function lineText(verdict: CodingVerdict, which: "submitted" | "expected", formRows?: FormRows): string | null {
  if (verdict.kind === "diagnosis") return verdict[which]?.code ?? null;
  const line = verdict[which];
  if (!line) return null;
  const modifiers = line.modifiers.length ? `-${line.modifiers.join("-")}` : "";
  const pointers =
    which === "expected" && verdict.expected
      ? verdict.expected.pointerCodes.join(", ")
      : (verdict.submitted?.pointers ?? []).map((pointer) => formLetterOf(pointer, formRows)).join("");
  return `${line.code}${modifiers} × ${line.units}${pointers ? ` → ${pointers}` : ""}`;
}

/** The grade of one attempt: score, time, and every line's verdict with its rationale and evidence. */
export function GradeReport({
  grade,
  durationSeconds,
  caseId,
  attemptId,
  focusedLine,
  onFocusLine,
  disputedLines = [],
  formRows,
  readOnly = false,
}: {
  grade: CodingGrade;
  /** Where each submitted line sat on the form, so pointer letters read as the learner saw them. */
  formRows?: FormRows;
  durationSeconds: number;
  caseId: string;
  attemptId?: string;
  focusedLine?: string | null;
  onFocusLine?: (verdict: CodingVerdict) => void;
  disputedLines?: string[];
  /** An instructor reading a learner's attempt: the feedback as the learner saw it, without dispute controls. */
  readOnly?: boolean;
}) {
  const [disputing, setDisputing] = useState<CodingVerdict | null>(null);
  const [disputed, setDisputed] = useState<string[]>(disputedLines);
  const counts = grade.verdicts.reduce<Record<string, number>>((tally, verdict) => ({ ...tally, [verdict.status]: (tally[verdict.status] ?? 0) + 1 }), {});

  return (
    <section aria-labelledby="grade-title" className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 rounded-xl border border-border bg-surface p-4">
        <div>
          <h2 id="grade-title" className="text-sm font-medium text-muted">
            Score
          </h2>
          <p className="text-4xl font-bold text-fg tabular-nums" data-testid="attempt-score">
            {grade.score}
            <span className="text-lg font-medium text-muted">/100</span>
          </p>
        </div>
        <div>
          <p className="text-sm font-medium text-muted">Time taken</p>
          <p className="font-mono text-xl font-semibold text-fg tabular-nums">{formatDuration(durationSeconds)}</p>
        </div>
        <ul className="flex flex-wrap gap-1.5" aria-label="Lines by verdict">
          {(Object.keys(STATUS) as VerdictStatus[])
            .filter((status) => counts[status])
            .map((status) => (
              <li key={status}>
                <Badge variant={STATUS[status].variant}>
                  {counts[status]} {STATUS[status].label.toLowerCase()}
                </Badge>
              </li>
            ))}
        </ul>
        {grade.penaltyPoints > 0 && <p className="text-sm text-muted">{grade.penaltyPoints} points off for extra lines.</p>}
      </div>

      <ol className="space-y-3" aria-label="Line-by-line feedback">
        {grade.verdicts.map((verdict, index) => {
          const status = STATUS[verdict.status];
          const yours = lineText(verdict, "submitted", formRows);
          const key = lineText(verdict, "expected");
          const focused = focusedLine !== undefined && focusedLine !== null && verdict.keyLineId === focusedLine;
          return (
            <li
              key={index}
              data-testid="verdict"
              data-status={verdict.status}
              className={cn("rounded-lg border border-l-4 border-border bg-surface p-4", status.border, focused && "ring-2 ring-warning")}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={status.variant}>{status.label}</Badge>
                <span className="text-xs font-medium tracking-wide text-muted uppercase">{verdict.kind === "diagnosis" ? "Diagnosis" : "Service line"}</span>
                {verdict.reasons
                  .filter((reason) => REASON_LABELS[reason])
                  .map((reason) => (
                    <Badge key={reason} variant="neutral">
                      {REASON_LABELS[reason]}
                    </Badge>
                  ))}
                {verdict.optional && verdict.status !== "optional" && <Badge variant="neutral">Optional line</Badge>}
                <span className="ml-auto text-sm text-muted tabular-nums">
                  {points(verdict.points)} / {points(verdict.maxPoints)} pts
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-sm">
                {yours && (
                  <>
                    <dt className="font-sans text-muted">Yours</dt>
                    <dd className="text-fg">{yours}</dd>
                  </>
                )}
                {key && (
                  <>
                    <dt className="font-sans text-muted">Key</dt>
                    <dd className="text-fg">{key}</dd>
                  </>
                )}
              </dl>
              <p className="mt-2 text-sm text-fg">{verdict.message}</p>
              {verdict.rationale && (
                <details className="group mt-2 text-sm" open={verdict.status !== "correct"}>
                  <summary className="cursor-pointer font-medium text-brand">Why</summary>
                  <p className="mt-1 text-muted">{verdict.rationale}</p>
                  <GuidelineCitations citations={verdict.citations} />
                </details>
              )}
              <div className="mt-3 flex flex-wrap gap-2">
                {verdict.evidence?.length && onFocusLine ? (
                  <Button type="button" variant="secondary" size="sm" onClick={() => onFocusLine(verdict)} aria-pressed={focused}>
                    Show in chart
                  </Button>
                ) : null}
                {verdict.keyLineId &&
                  !readOnly &&
                  (disputed.includes(verdict.keyLineId) ? (
                    <span className="self-center text-sm text-muted">You disputed this line.</span>
                  ) : (
                    <Button type="button" variant="ghost" size="sm" onClick={() => setDisputing(verdict)}>
                      Dispute this line
                    </Button>
                  ))}
              </div>
            </li>
          );
        })}
      </ol>

      <details className="rounded-lg border border-border bg-surface p-4 text-sm">
        <summary className="cursor-pointer font-semibold text-fg">How this score is worked out</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
          {SCORING_EXPLANATION.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>

      {!readOnly && <MissingLineDispute caseId={caseId} attemptId={attemptId} />}

      {!readOnly && (
        <DisputeDialog
          caseId={caseId}
          attemptId={attemptId}
          verdict={disputing}
          onClose={() => setDisputing(null)}
          onDisputed={(lineId) => setDisputed((current) => [...current, lineId])}
        />
      )}
    </section>
  );
}

function DisputeDialog({
  caseId,
  attemptId,
  verdict,
  onClose,
  onDisputed,
}: {
  caseId: string;
  attemptId?: string;
  verdict: CodingVerdict | null;
  onClose: () => void;
  onDisputed: (lineId: string) => void;
}) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const close = () => {
    setNote("");
    setError(null);
    onClose();
  };
  const lineLabel = verdict ? lineText(verdict, "expected") : "";

  function send(event: React.FormEvent) {
    event.preventDefault();
    if (!verdict?.keyLineId) return;
    const keyLineId = verdict.keyLineId;
    startTransition(async () => {
      const result = await disputeKeyLineAction({ caseId, keyLineId, note, attemptId });
      if (!result.ok) {
        setError(result.fieldErrors?.note?.[0] ?? result.message);
        return;
      }
      onDisputed(keyLineId);
      toast.toast({ title: "Dispute sent", description: "An editor will review this line of the key.", variant: "success" });
      close();
    });
  }

  return (
    <Dialog open={verdict !== null} onClose={close} title="Dispute this line of the key" description={lineLabel ? `Key line: ${lineLabel}` : undefined}>
      <form onSubmit={send} className="space-y-3" noValidate>
        <div>
          <Label htmlFor="dispute-note">What is wrong with it, and why?</Label>
          <textarea
            id="dispute-note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={4}
            maxLength={1000}
            aria-invalid={error ? true : undefined}
            aria-describedby="dispute-hint"
            className="mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-ring"
            placeholder="For example: the op note documents a complex tear, so S83.231A is more specific."
          />
          <FieldMessage id="dispute-hint">Quote the chart or name the guideline. Reviewers see the case version you coded.</FieldMessage>
        </div>
        {error && <Alert variant="danger">{error}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Send dispute
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
