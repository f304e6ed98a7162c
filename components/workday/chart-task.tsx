"use client";

import { useState } from "react";
import { CodeLookupPanel } from "@/components/codes/lazy-code-lookup-panel";
import { ChartView } from "@/components/practice/chart-view";
import { CodingForm, type LookupTarget, type RowErrors } from "@/components/practice/coding-form";
import { useDraftAutosave } from "@/components/practice/use-draft-autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CodingSubmissionInput } from "@/lib/coding/schemas";
import { pointerLetter, setLineCode, submissionFromDraft } from "@/lib/practice/draft-editing";
import type { DraftAnswer } from "@/lib/practice/schemas";
import type { DayView } from "@/lib/workday/day-view";

const NO_ERRORS: RowErrors = { diagnoses: {}, procedures: {} };

/**
 * One chart of the day in the practice screen's own pieces: the chart, the CMS-1500 coding form and the code
 * lookup. The draft is saved as the learner types (the same draft store as practice), so a reload or another
 * device picks up where they were. Grades are not shown until the end-of-day audit.
 */
export function ChartTask({
  chart,
  pending,
  onSubmit,
  onBack,
}: {
  chart: NonNullable<DayView["activeChart"]>;
  pending: boolean;
  onSubmit: (submission: CodingSubmissionInput) => void;
  onBack: () => void;
}) {
  const [answer, setAnswer] = useState<DraftAnswer>(chart.draft);
  const [lookup, setLookup] = useState<LookupTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { edited } = useDraftAutosave(chart.caseId, answer);

  function change(next: DraftAnswer) {
    edited();
    setAnswer(next);
  }

  function choose(code: string) {
    if (!lookup) return;
    change(setLineCode(answer, lookup, code));
    const label = lookup.kind === "diagnosis" ? `Diagnosis ${pointerLetter(lookup.row + 1)} code` : `Line ${lookup.row + 1} code`;
    window.setTimeout(() => document.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)?.focus(), 0);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const prepared = submissionFromDraft(answer);
    if (prepared.submission.diagnoses.length === 0) {
      setError("Code at least one diagnosis before sending the chart on.");
      return;
    }
    setError(null);
    onSubmit(prepared.submission);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <section
        aria-labelledby="chart-title"
        tabIndex={0}
        className="focus-visible:outline-2 focus-visible:outline-ring lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:pr-1"
      >
        <h2 id="chart-title" className="mb-3 text-lg font-semibold text-fg">
          {chart.title}
        </h2>
        <ChartView documents={chart.documents} />
      </section>
      <section aria-labelledby="coding-title" className="min-w-0">
        <h2 id="coding-title" className="mb-3 text-lg font-semibold text-fg">
          Your coding
        </h2>
        <form onSubmit={submit} noValidate className="space-y-5">
          <CodingForm answer={answer} onChange={change} onLookup={setLookup} errors={NO_ERRORS} disabled={pending} />
          {error && (
            <Alert variant="danger" title="Not sent yet">
              {error}
            </Alert>
          )}
          <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
            <Button type="submit" loading={pending}>
              Finish this chart
            </Button>
            <Button type="button" variant="ghost" onClick={onBack} disabled={pending}>
              Back to the queue
            </Button>
            <p className="text-sm text-muted">Blank lines are left out. Your manager audits a sample at the end of the day.</p>
          </div>
        </form>
      </section>
      <CodeLookupPanel
        open={lookup !== null}
        onClose={() => setLookup(null)}
        onChoose={(result) => choose(result.code)}
        initialQuery={
          lookup ? (lookup.kind === "diagnosis" ? answer.diagnoses[lookup.row]?.code : answer.procedures[lookup.row]?.code) || undefined : undefined
        }
      />
    </div>
  );
}
