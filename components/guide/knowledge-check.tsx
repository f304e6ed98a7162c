"use client";

import { useId, useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/components/ui/cn";
import type { ItemResult } from "@/lib/guide/grade-knowledge-check";
import { orderForAttempt, type PublicQuizItem } from "@/lib/guide/public-quiz";
import type { ActionResult } from "@/lib/result";

type Answer = string | Record<string, string>;
type Outcome = { items: ItemResult[]; score: number; passed: boolean; completed: boolean; bestScore: number; saved: boolean };
type CheckAction = (input: unknown) => Promise<ActionResult<Outcome>>;

const newKey = () => crypto.randomUUID().replaceAll("-", "");

export function KnowledgeCheck({
  lessonSlug,
  items: contentItems,
  passPercent,
  action,
  signInHref,
}: {
  lessonSlug: string;
  items: PublicQuizItem[];
  passPercent: number;
  action: CheckAction;
  signInHref: string;
}) {
  const formId = useId();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attemptKey, setAttemptKey] = useState(newKey);
  // The first attempt's order comes from the lesson (the same on the server and in the browser); each retry
  // reshuffles with its own attempt key.
  const [orderSeed, setOrderSeed] = useState(lessonSlug);
  const items = useMemo(() => orderForAttempt(contentItems, orderSeed), [contentItems, orderSeed]);
  const [pending, startTransition] = useTransition();
  const resultsById = new Map(outcome?.items.map((item) => [item.id, item]));
  const unanswered = items.filter((item) => {
    const answer = answers[item.id];
    if (item.kind === "matching") return typeof answer !== "object" || Object.keys(answer).length < item.lefts.length;
    return typeof answer !== "string" || answer.trim() === "";
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (unanswered.length > 0) {
      setError(`Answer every question first (${unanswered.length} left).`);
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await action({ lessonSlug, idempotencyKey: attemptKey, answers });
      if (result.ok) setOutcome(result.data);
      else setError(result.message);
    });
  }

  function retry() {
    setOutcome(null);
    setAnswers({});
    const key = newKey();
    setAttemptKey(key);
    setOrderSeed(key);
    document.getElementById(formId)?.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  const set = (id: string, value: Answer) => setAnswers((current) => ({ ...current, [id]: value }));
  const locked = outcome !== null || pending;

  return (
    <section aria-labelledby={`${formId}-title`} className="mt-12 rounded-2xl border border-border bg-surface p-5 sm:p-7" id={formId}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${formId}-title`} className="text-xl font-bold text-fg">
          Knowledge check
        </h2>
        <p className="text-sm text-muted">Score {passPercent}% or more to complete the lesson.</p>
      </div>
      <form onSubmit={submit} className="mt-6 space-y-8" noValidate>
        {items.map((item, index) => {
          const result = resultsById.get(item.id);
          const legendId = `${formId}-${item.id}`;
          return (
            <fieldset
              key={item.id}
              className={cn("rounded-xl border p-4", result ? (result.correct ? "border-success/60" : "border-danger/60") : "border-border")}
              aria-describedby={result ? `${legendId}-result` : undefined}
            >
              <legend className="px-1 text-sm font-semibold text-muted">
                Question {index + 1} of {items.length} · {item.points} {item.points === 1 ? "point" : "points"}
                {item.kind === "matching" ? " (one a pair)" : ""}
              </legend>
              <p id={legendId} className="font-medium text-fg">
                {item.prompt}
              </p>
              {item.kind === "single" && (
                <div role="radiogroup" aria-labelledby={legendId} className="mt-3 space-y-2">
                  {item.options.map((option) => (
                    <label
                      key={option.id}
                      className="flex cursor-pointer items-start gap-3 rounded-lg border border-border px-3 py-2.5 text-sm text-fg hover:bg-surface-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft/60"
                    >
                      <input
                        type="radio"
                        name={`${formId}-${item.id}`}
                        value={option.id}
                        disabled={locked}
                        checked={answers[item.id] === option.id}
                        onChange={() => set(item.id, option.id)}
                        className="mt-0.5 size-4 accent-[var(--color-brand)]"
                      />
                      <span>{option.text}</span>
                    </label>
                  ))}
                </div>
              )}
              {item.kind === "numeric" && (
                <div className="mt-3 flex max-w-xs items-center gap-2">
                  <Input
                    inputMode="decimal"
                    aria-labelledby={legendId}
                    disabled={locked}
                    value={typeof answers[item.id] === "string" ? (answers[item.id] as string) : ""}
                    onChange={(event) => set(item.id, event.target.value)}
                  />
                  {item.unit && <span className="text-sm text-muted">{item.unit}</span>}
                </div>
              )}
              {item.kind === "matching" && (
                <div className="mt-3 space-y-2">
                  {item.lefts.map((left) => {
                    const current = (answers[item.id] as Record<string, string> | undefined) ?? {};
                    return (
                      <div key={left} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)] sm:items-center">
                        <span className="text-sm font-medium text-fg">{left}</span>
                        <Select
                          aria-label={`Match for ${left}`}
                          disabled={locked}
                          value={current[left] ?? ""}
                          onChange={(event) => set(item.id, { ...current, [left]: event.target.value })}
                        >
                          <option value="">Choose…</option>
                          {item.rights.map((right) => (
                            <option key={right} value={right}>
                              {right}
                            </option>
                          ))}
                        </Select>
                      </div>
                    );
                  })}
                </div>
              )}
              {result && (
                <div id={`${legendId}-result`} className="mt-4 rounded-lg bg-surface-2 p-3 text-sm">
                  <p className="font-semibold">
                    {result.correct ? (
                      <span className="text-success">Correct.</span>
                    ) : result.credit > 0 ? (
                      <span className="text-warning">
                        Partly right (
                        {item.kind === "matching"
                          ? `${Math.round(result.credit * item.lefts.length)} of ${item.lefts.length} pairs`
                          : `${Math.round(result.credit * 100)}%`}
                        ).
                      </span>
                    ) : (
                      <span className="text-danger">Not quite.</span>
                    )}
                    {!result.correct && <span className="font-normal text-fg"> The answer: {result.correctAnswer}</span>}
                  </p>
                  <p className="mt-1 text-fg">{result.explanation}</p>
                </div>
              )}
            </fieldset>
          );
        })}
        {error && <Alert variant="danger">{error}</Alert>}
        {outcome ? (
          <div className="space-y-4" aria-live="polite">
            <Alert
              variant={outcome.passed ? "success" : "warning"}
              title={outcome.passed ? `You scored ${outcome.score}%. Lesson complete.` : `You scored ${outcome.score}%.`}
            >
              {outcome.passed
                ? outcome.saved
                  ? "Your progress is saved."
                  : "Sign in to save your progress."
                : `You need ${passPercent}% to complete the lesson. Read the explanations above, then try again.`}
              {outcome.saved && outcome.bestScore > outcome.score && ` Your best so far: ${outcome.bestScore}%.`}
            </Alert>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" variant={outcome.passed ? "secondary" : "primary"} onClick={retry}>
                Try again
              </Button>
              {!outcome.saved && (
                <a className="text-sm font-medium text-brand hover:underline" href={signInHref}>
                  Sign in to save progress
                </a>
              )}
              {outcome.completed && <Badge variant="success">Completed</Badge>}
            </div>
          </div>
        ) : (
          <Button type="submit" loading={pending}>
            Check my answers
          </Button>
        )}
      </form>
    </section>
  );
}
