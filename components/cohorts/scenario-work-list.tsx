import Link from "next/link";
import { scoreTone } from "@/components/practice/score-tone";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { DENIAL_OUTCOME_LABELS } from "@/lib/claims/grade";
import { formatCents } from "@/lib/claims/money";
import { RESOLUTION_LABELS, type ResolutionKind } from "@/lib/claims/resolutions";
import { resolveItem } from "@/lib/cohorts/assignable-items";
import type { DenialWorkSummary, WorkdayRunSummary } from "@/lib/cohorts/scenario-work";
import { formatDuration } from "@/lib/practice/format-duration";
import { formatMoment, plural } from "./format";

function Check({ ok, label }: { ok: boolean; label: string }) {
  return <Badge variant={ok ? "success" : "danger"}>{`${label} ${ok ? "right" : "wrong"}`}</Badge>;
}

function ItemLink({ kind, scenarioId }: { kind: "DENIAL_SCENARIO" | "WORKDAY_SCENARIO"; scenarioId: string }) {
  const item = resolveItem(kind, scenarioId);
  return item.href ? (
    <Link href={item.href} className="block truncate font-medium text-brand hover:underline">
      {item.title}
    </Link>
  ) : (
    <span className="block truncate font-medium text-muted">{item.title}</span>
  );
}

/** A learner's graded denial work on assigned scenarios, read-only: outcome, the root-cause and resolution checks, recovery and score. */
export function DenialWorkList({ work }: { work: DenialWorkSummary[] }) {
  if (work.length === 0)
    return <EmptyState className="mt-4" titleAs="h3" title="No denial work yet" description="Graded work on this cohort's denial scenarios appears here." />;
  return (
    <>
      <ol className="mt-4 divide-y divide-border rounded-xl border border-border bg-surface" data-testid="denial-work">
        {work.map((attempt) => (
          <li key={attempt.id} className="flex items-start gap-3 px-4 py-3">
            <div className="min-w-0 flex-1">
              <ItemLink kind="DENIAL_SCENARIO" scenarioId={attempt.scenarioId} />
              <p className="text-xs text-muted">
                {formatMoment(attempt.createdAt)} · {RESOLUTION_LABELS[attempt.resolution as ResolutionKind]?.label ?? attempt.resolution} ·{" "}
                {DENIAL_OUTCOME_LABELS[attempt.outcome]}
                {attempt.recoveredCents > 0 ? ` · recovered ${formatCents(attempt.recoveredCents)}` : ""}
              </p>
              <p className="mt-1 flex flex-wrap gap-1">
                <Check ok={attempt.rootCauseCorrect} label="Root cause" />
                <Check ok={attempt.resolutionCorrect} label="Resolution" />
              </p>
            </div>
            <Badge variant={scoreTone(attempt.score)}>{attempt.score}</Badge>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-muted">{plural(work.length, "graded piece", "graded pieces")} of denial work since joining.</p>
    </>
  );
}

/** A learner's finished days of assigned workday scenarios, read-only: the report's accuracy (the score) and productivity against the norm. */
export function WorkdayRunList({ runs }: { runs: WorkdayRunSummary[] }) {
  if (runs.length === 0)
    return (
      <EmptyState className="mt-4" titleAs="h3" title="No finished days yet" description="Days of this cohort's workday scenarios appear here once ended." />
    );
  return (
    <>
      <ol className="mt-4 divide-y divide-border rounded-xl border border-border bg-surface" data-testid="workday-runs">
        {runs.map((run) => (
          <li key={run.id} className="flex items-start gap-3 px-4 py-3">
            <div className="min-w-0 flex-1">
              <ItemLink kind="WORKDAY_SCENARIO" scenarioId={run.scenarioId} />
              <p className="text-xs text-muted">
                Ended {formatMoment(run.endedAt)} · {formatDuration(run.seconds)} from start to log-off
              </p>
              {run.summary && (
                <p className="mt-1 flex flex-wrap gap-1 text-xs">
                  <Badge variant={run.summary.meetsAccuracy ? "success" : "warning"}>
                    {run.summary.accuracy === null ? "No charts audited" : `Audit accuracy ${run.summary.accuracy}%`}
                  </Badge>
                  <Badge variant={run.summary.meetsProductivity ? "success" : "warning"}>
                    {`${run.summary.chartsPerHour} charts/hour (norm ${run.summary.norm})`}
                  </Badge>
                </p>
              )}
            </div>
            <Badge variant={scoreTone(run.score)}>{run.score}</Badge>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-muted">
        {plural(runs.length, "finished day")} since joining. The score is the day&apos;s audit accuracy; productivity is shown beside it.
      </p>
    </>
  );
}
