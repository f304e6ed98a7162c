import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCents } from "@/lib/claims/money";
import type { DenialStats } from "@/lib/denials/stats";

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-fg tabular-nums">{value}</dd>
      <dd className="mt-0.5 text-xs text-muted">{detail}</dd>
    </div>
  );
}

/** /progress: denial-work accuracy, clean-claim rate and dollars recovered on the denials workbench. */
export function DenialProgressSection({ stats }: { stats: DenialStats }) {
  return (
    <section aria-labelledby="denials-progress-title" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="denials-progress-title" className="text-xl font-bold text-fg">
            Denials and appeals
          </h2>
          <p className="mt-1 text-sm text-muted">From your latest work on each claim of the denials workbench. Counts toward billing credentials (CPB).</p>
        </div>
        <ButtonLink href="/denials" variant="secondary" size="sm">
          Open the worklist
        </ButtonLink>
      </div>
      <div className="mt-4">
        {stats.claimsWorked === 0 ? (
          <EmptyState
            title="No denials worked yet"
            description="Open the worklist, pick the claim with the nearest deadline, and find out why it was denied."
            action={<ButtonLink href="/denials">Start with the worklist</ButtonLink>}
          />
        ) : (
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="denial-stats">
            <Stat
              label="Denial-work accuracy"
              value={stats.averageScore === null ? "–" : String(stats.averageScore)}
              detail={`${stats.claimsWorked} ${stats.claimsWorked === 1 ? "claim" : "claims"} worked · root cause ${percent(stats.rootCauseAccuracy)} · resolution ${percent(stats.resolutionAccuracy)}`}
            />
            <Stat label="Appeals overturned" value={`${stats.appealsOverturned} of ${stats.appeals}`} detail="Fully or partly, by the payer's reviewer" />
            <Stat
              label="Clean-claim rate"
              value={stats.claimsSent ? percent(stats.cleanClaims / stats.claimsSent) : "–"}
              detail={`${stats.cleanClaims} of ${stats.claimsSent} sent passed the scrubber and were paid first time`}
            />
            <Stat label="Dollars recovered" value={formatCents(stats.recovered)} detail="Paid after your corrections and appeals" />
          </dl>
        )}
      </div>
    </section>
  );
}
