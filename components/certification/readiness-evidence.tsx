import { ProgressBar } from "@/components/ui/progress-bar";
import { MIN_CHARTS_FOR_SCORE, MIN_LINES_FOR_FULL_CONFIDENCE, type Readiness } from "@/lib/certification/readiness";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The rule a score must meet before it is shown, in words. */
export function EvidenceRule() {
  return (
    <>
      A score appears once you have coded at least {MIN_CHARTS_FOR_SCORE} charts and at least {MIN_LINES_FOR_FULL_CONFIDENCE} lines in every coding area the
      exam tests that Chartwise has charts for.
    </>
  );
}

/** "Not enough evidence yet": what the learner has done toward a score, area by area, and what is still missing. */
export function ReadinessEvidence({ readiness, abbreviation }: { readiness: Readiness; abbreviation: string }) {
  const { evidence } = readiness;
  return (
    <div className="space-y-4" data-testid="readiness-evidence">
      <div>
        <p className="text-lg font-semibold text-fg">{readiness.bandLabel}</p>
        <p className="mt-1 text-sm text-muted">
          A readiness score for the {abbreviation} needs more graded work across the exam&apos;s areas. <EvidenceRule />
        </p>
      </div>
      <ul className="space-y-3 text-sm">
        <li>
          <div className="flex items-baseline justify-between gap-3">
            <span className="font-medium text-fg">Charts coded</span>
            <span className="text-muted tabular-nums">
              {evidence.charts.coded} of {evidence.charts.needed}
            </span>
          </div>
          <ProgressBar
            className="mt-1"
            size="sm"
            value={Math.min(evidence.charts.coded, evidence.charts.needed)}
            max={evidence.charts.needed}
            label="Charts coded toward a score"
            valueText={`${evidence.charts.coded} of ${evidence.charts.needed}`}
            tone={evidence.charts.coded >= evidence.charts.needed ? "success" : "brand"}
          />
        </li>
        {evidence.areas.map((area) => (
          <li key={area.skillId}>
            <div className="flex items-baseline justify-between gap-3">
              <span className="font-medium text-fg">{area.label}</span>
              <span className="shrink-0 text-muted tabular-nums">
                {area.practicable ? `${plural(area.lines, "line")} of ${area.needed}` : "no practice charts yet"}
              </span>
            </div>
            {area.practicable && (
              <ProgressBar
                className="mt-1"
                size="sm"
                value={Math.min(area.lines, area.needed)}
                max={area.needed}
                label={`${area.label}: lines coded`}
                valueText={`${area.lines} of ${area.needed} lines`}
                tone={area.covered ? "success" : "brand"}
              />
            )}
          </li>
        ))}
      </ul>
      {evidence.missing.length > 0 && (
        <div className="rounded-lg border border-border bg-surface-2/50 px-4 py-3 text-sm">
          <p className="font-medium text-fg">Still needed</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            {evidence.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One line under a shown score: what it rests on. */
export function EvidenceSummary({ readiness }: { readiness: Readiness }) {
  const lines = readiness.evidence.areas.reduce((sum, area) => sum + area.lines, 0);
  const covered = readiness.evidence.areas.filter((area) => area.practicable).length;
  const lessons = readiness.skills.reduce((sum, skill) => sum + (skill.lessonsCompleted ?? 0), 0);
  return (
    <>
      Based on {plural(readiness.evidence.charts.coded, "chart")} and {plural(lines, "coded line")} across {plural(covered, "coding area")}
      {lessons > 0 && `, and ${plural(lessons, "lesson")} completed`}.
    </>
  );
}
