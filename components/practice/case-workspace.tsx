"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { restartCoding, startCoding, submitCoding } from "@/app/(app)/practice/actions";
import { CodeLookupPanel } from "@/components/codes/lazy-code-lookup-panel";
import { claimPageLookup } from "@/components/codes/page-lookup";
import { cn } from "@/components/ui/cn";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CodingVerdict } from "@/lib/coding/types";
import { pointerLetter, setLineCode, submissionFromDraft } from "@/lib/practice/draft-editing";
import type { DraftAnswer } from "@/lib/practice/schemas";
import { ClaimCheck } from "./claim-check";
import type { GradedAttempt } from "./case-feedback";
import type { ChartDocument } from "./chart-view";
import { CodingForm, type LookupTarget, type RowErrors } from "./coding-form";
import { useDraftAutosave } from "./use-draft-autosave";
import { ElapsedTimer } from "./elapsed-timer";
import { WorkspaceTabs, type WorkspaceTab } from "./workspace-tabs";

// The feedback is not part of the first load of a case not yet graded: it is fetched when the learner submits.
const loadCaseFeedback = () => import("./case-feedback").then((module) => module.CaseFeedback);
const CaseFeedback = lazyPart(loadCaseFeedback);
// Until then the chart is plain text rendered on the server; the highlighting of the key's evidence comes with the grade.
const loadGradedChartView = () => import("./graded-chart-view").then((module) => module.GradedChartView);
const GradedChartView = lazyPart(loadGradedChartView);

const NO_ERRORS: RowErrors = { diagnoses: {}, procedures: {} };
const newKey = () => crypto.randomUUID().replaceAll("-", "");

/** Server field errors ("answer.procedures.1.units") back onto the form rows they came from. */
function rowErrorsFrom(fieldErrors: Record<string, string[]> | undefined, rows: { diagnosisRows: number[]; procedureRows: number[] }): RowErrors {
  const errors: RowErrors = { diagnoses: {}, procedures: {} };
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const match = /^answer\.(diagnoses|procedures)\.(\d+)/.exec(path);
    if (!match) continue;
    const list = match[1] as "diagnoses" | "procedures";
    const row = (list === "diagnoses" ? rows.diagnosisRows : rows.procedureRows)[Number(match[2])];
    if (row === undefined) continue;
    errors[list][row] = [...new Set([...(errors[list][row] ?? []), ...messages])];
  }
  return errors;
}

/** Working one case: the chart beside the coding form, autosaved as a draft, then graded line by line. */
export function CaseWorkspace({
  caseId,
  documents,
  chart,
  initialAnswer,
  initialStartedAt,
  disputedLines,
}: {
  caseId: string;
  documents: ChartDocument[];
  /** The chart as rendered on the server (ChartView), shown until there is evidence to highlight. */
  chart: ReactNode;
  initialAnswer: DraftAnswer;
  /** When the learner first edited this case; null until they start (opening the page does not start the clock). */
  initialStartedAt: string | null;
  disputedLines: string[];
}) {
  const [answer, setAnswer] = useState(initialAnswer);
  const [startedAt, setStartedAt] = useState(initialStartedAt);
  const [errors, setErrors] = useState<RowErrors>(NO_ERRORS);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<GradedAttempt | null>(null);
  const [attemptKey, setAttemptKey] = useState(newKey);
  const { saveState, edited, settled } = useDraftAutosave(caseId, answer, attempt !== null);
  const [lookup, setLookup] = useState<LookupTarget | null>(null);
  const [focused, setFocused] = useState<CodingVerdict | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const [tab, setTab] = useState<WorkspaceTab>("chart");
  // The line being edited: where "/" or the header's lookup puts the chosen code.
  const editing = useRef<LookupTarget>({ kind: "diagnosis", row: 0 });
  const latest = useRef({ answer, graded: false });
  useEffect(() => {
    latest.current = { answer, graded: attempt !== null };
  }, [answer, attempt]);

  useEffect(
    () =>
      claimPageLookup(() => {
        if (latest.current.graded) return false;
        const { kind, row } = editing.current;
        const rows = kind === "diagnosis" ? latest.current.answer.diagnoses.length : latest.current.answer.procedures.length;
        setTab("claim");
        setLookup(rows > 0 ? { kind, row: Math.min(row, rows - 1) } : { kind: "diagnosis", row: 0 });
        return true;
      }),
    [],
  );

  const started = useRef(initialStartedAt !== null);
  const change = useCallback(
    (next: DraftAnswer) => {
      edited();
      setAnswer(next);
      if (started.current) return;
      // The first edit starts the clock: at once on screen, then as the server recorded it.
      started.current = true;
      setStartedAt(new Date().toISOString());
      void startCoding(caseId).then(
        (result) => {
          if (result.ok) setStartedAt(result.data.startedAt);
        },
        () => {},
      );
    },
    [caseId, edited],
  );

  // Warn before leaving with changes the server has not stored yet.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState === "unsaved" || saveState === "saving") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  function choose(code: string) {
    if (!lookup) return;
    change(setLineCode(answer, lookup, code));
    const label = lookup.kind === "diagnosis" ? `Diagnosis ${pointerLetter(lookup.row + 1)} code` : `Line ${lookup.row + 1} code`;
    window.setTimeout(() => document.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)?.focus(), 0);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const prepared = submissionFromDraft(answer);
    if (prepared.submission.diagnoses.length === 0 && prepared.submission.procedures.length === 0) {
      setFormError("Code at least one diagnosis before submitting.");
      return;
    }
    setFormError(null);
    void loadCaseFeedback();
    void loadGradedChartView();
    const elapsedSeconds = startedAt ? Math.max(0, Math.round((Date.now() - Date.parse(startedAt)) / 1000)) : 0;
    startTransition(async () => {
      const formRows = { diagnoses: prepared.diagnosisRows, procedures: prepared.procedureRows };
      const result = await submitCoding({ caseId, idempotencyKey: attemptKey, answer: prepared.submission, formRows, elapsedSeconds });
      if (!result.ok) {
        setErrors(rowErrorsFrom(result.fieldErrors, prepared));
        setFormError(result.message);
        return;
      }
      setErrors(NO_ERRORS);
      settled();
      setAttempt(result.data);
      setTab("claim");
      router.refresh();
    });
  }

  function retry() {
    startTransition(async () => {
      const result = await restartCoding(caseId);
      if (!result.ok) {
        setFormError(result.message);
        return;
      }
      settled();
      started.current = true;
      setAnswer(result.data.answer);
      setStartedAt(result.data.startedAt);
      setAttempt(null);
      setFocused(null);
      setAttemptKey(newKey());
    });
  }

  const evidence = useMemo(() => (attempt ? attempt.grade.verdicts.flatMap((verdict) => verdict.evidence ?? []) : []), [attempt]);
  const focusedEvidence = useMemo(() => focused?.evidence ?? [], [focused]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <WorkspaceTabs active={tab} onChange={setTab} />
      <section
        id="chart-panel"
        aria-labelledby="chart-title"
        tabIndex={0}
        className={cn(
          "focus-visible:outline-2 focus-visible:outline-ring lg:sticky lg:top-20 lg:block lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:pr-1",
          tab !== "chart" && "hidden",
        )}
      >
        <h2 id="chart-title" className="mb-3 text-lg font-semibold text-fg">
          The chart
          {attempt && <span className="ml-2 text-sm font-normal text-muted">Highlighted: the words that support the key</span>}
        </h2>
        {attempt ? <GradedChartView documents={documents} evidence={evidence} focused={focusedEvidence} /> : chart}
      </section>

      <section id="claim-panel" aria-labelledby="coding-title" className={cn("min-w-0 lg:block", tab !== "claim" && "hidden")}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="coding-title" className="text-lg font-semibold text-fg">
            Your coding
          </h2>
          <div className="flex items-center gap-3">
            {!attempt && (
              <span className="text-xs text-muted" aria-live="polite" data-testid="save-state">
                {saveState === "saving"
                  ? "Saving…"
                  : saveState === "saved"
                    ? "Draft saved"
                    : saveState === "error"
                      ? "Not saved: check your connection"
                      : "Unsaved changes"}
              </span>
            )}
            <ElapsedTimer startedAt={startedAt} stoppedAfterSeconds={attempt?.durationSeconds} />
          </div>
        </div>

        <form onSubmit={submit} noValidate className="space-y-5">
          <CodingForm
            answer={answer}
            onChange={change}
            onLookup={setLookup}
            onEditLine={(line) => {
              editing.current = line;
            }}
            errors={errors}
            disabled={pending || attempt !== null}
          />
          {!attempt && <ClaimCheck caseId={caseId} answer={answer} disabled={pending} />}
          {formError && (
            <Alert variant="danger" title="Not graded yet">
              {formError}
            </Alert>
          )}
          {!attempt && (
            <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
              <Button type="submit" loading={pending}>
                Submit for grading
              </Button>
              <p className="text-sm text-muted">Blank lines are left out. You can retry as often as you like.</p>
            </div>
          )}
        </form>

        {attempt && (
          <CaseFeedback
            caseId={caseId}
            attempt={attempt}
            retrying={pending}
            onRetry={retry}
            focusedLine={focused?.keyLineId ?? null}
            onFocusLine={(verdict) => {
              setFocused((current) => (current === verdict ? null : verdict));
              setTab("chart");
            }}
            disputedLines={disputedLines}
          />
        )}
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
