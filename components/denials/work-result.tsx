import { Badge } from "@/components/ui/badge";
import { scoreTone } from "@/components/practice/score-tone";
import { DENIAL_OUTCOME_LABELS } from "@/lib/claims/grade";
import { formatCents } from "@/lib/claims/money";
import type { DenialAttempt } from "@/lib/denials/attempts";
import { RemittanceView } from "./remittance-view";
import { ScrubFindings } from "./scrub-findings";

const ABOUT_LABELS = { "root-cause": "Root cause", resolution: "Resolution", correction: "Correction", payer: "Payer's answer" } as const;

/** The graded result: score, the three checks, every piece of feedback, and the payer's answer (a new remittance or the appeal decision). */
export function WorkResult({ attempt }: { attempt: DenialAttempt }) {
  const { grade, payerAnswer } = attempt;
  return (
    <section aria-labelledby="result-title" className="space-y-4" data-testid="work-result">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="result-title" className="text-lg font-semibold text-fg">
          Result
        </h2>
        <Badge variant={scoreTone(grade.score)} size="md">
          Score {grade.score}
        </Badge>
        <Badge variant={grade.outcome === "paid" || grade.outcome === "overturned" ? "success" : grade.outcome === "not-sent" ? "neutral" : "warning"}>
          {DENIAL_OUTCOME_LABELS[grade.outcome]}
        </Badge>
        {grade.recovered > 0 && <Badge variant="success">Recovered {formatCents(grade.recovered)}</Badge>}
      </div>
      <ul className="grid gap-2 sm:grid-cols-3">
        {[
          ["Root cause", grade.rootCauseCorrect],
          ["Resolution", grade.resolutionCorrect],
          ["Payer's answer", grade.payerSucceeded],
        ].map(([label, ok]) => (
          <li key={String(label)} className="rounded-lg border border-border bg-surface px-3 py-2 text-sm">
            <span className="font-medium text-fg">{label}</span>
            <span className={ok === null ? "ml-2 text-muted" : ok ? "ml-2 text-success" : "ml-2 text-danger"}>
              {ok === null ? "no payer step" : ok ? "✓ right" : "✗ not right"}
            </span>
          </li>
        ))}
      </ul>
      <ul className="space-y-2">
        {grade.feedback.map((item, index) => (
          <li
            key={index}
            className={
              item.good
                ? "rounded-lg border border-success/40 bg-success-soft/40 p-3 text-sm"
                : "rounded-lg border border-danger/40 bg-danger-soft/40 p-3 text-sm"
            }
          >
            <span className="font-semibold text-fg">{ABOUT_LABELS[item.about]}: </span>
            <span className="text-fg">{item.message}</span>
          </li>
        ))}
      </ul>
      {grade.rationale && (
        <div className="rounded-lg border border-border bg-surface-2/50 p-3 text-sm" data-testid="work-rationale">
          <p className="text-fg">
            <span className="font-semibold">Why: </span>
            {grade.rationale}
          </p>
          {grade.rule && <p className="mt-1 text-xs text-muted">Rule: {grade.rule}</p>}
        </div>
      )}
      {payerAnswer.kind === "remittance" && <RemittanceView remit={payerAnswer.remittance} title="The payer's new remittance" />}
      {payerAnswer.kind === "blocked" && <ScrubFindings result={payerAnswer.scrub} />}
      {attempt.appealLetter && (
        <details className="rounded-lg border border-border bg-surface p-3 text-sm">
          <summary className="cursor-pointer font-medium text-fg">Your appeal letter, as sent</summary>
          {/* Rendered as text: React escapes it, so whatever was typed shows as typed. */}
          <pre className="mt-2 font-mono text-xs whitespace-pre-wrap text-fg" data-testid="appeal-letter-sent">
            {attempt.appealLetter}
          </pre>
        </details>
      )}
    </section>
  );
}
