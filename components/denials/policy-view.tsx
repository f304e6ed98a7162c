import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { Payer } from "@/lib/claims/schemas";

/** The payer's policy for this claim (synthetic, short, written by Chartwise) and the payer's own parameters with sources. */
export function PolicyView({ policy, payer }: { policy: DenialScenario["policy"]; payer: Payer }) {
  return (
    <div className="space-y-4">
      <article className="rounded-xl border border-border bg-surface p-4">
        <h3 className="font-semibold text-fg">{policy.title}</h3>
        <p className="mt-2 text-sm leading-relaxed whitespace-pre-line text-fg">{policy.text.trim()}</p>
        <p className="mt-3 text-xs text-muted">A synthetic policy written by Chartwise for teaching, modelled on real payer and CMS rules.</p>
      </article>
      <article className="rounded-xl border border-border bg-surface p-4">
        <h3 className="font-semibold text-fg">{payer.name}: rules used by the simulated payer</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-fg">
          <li>Allowed amounts: {payer.feePercent}% of the Chartwise synthetic fee schedule.</li>
          <li>Timely filing: {payer.timelyFilingDays ? `${payer.timelyFilingDays} days from the date of service` : "12 months from the date of service"}.</li>
          <li>
            First-level appeal: {payer.appealDays} days
            {payer.noticeReceiptDays ? ` from receipt of the notice, presumed ${payer.noticeReceiptDays} days after its date` : " from the notice"}.
          </li>
          {payer.sequestrationPercent > 0 && <li>Payments reduced {payer.sequestrationPercent}% by sequestration (CO-253).</li>}
        </ul>
        <p className="mt-2 text-xs font-medium text-muted">Sources</p>
        <ul className="list-disc pl-5 text-xs text-muted">
          {payer.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </article>
    </div>
  );
}
