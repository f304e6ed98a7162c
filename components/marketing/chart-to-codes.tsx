import { Badge } from "@/components/ui/badge";
import type { LandingExample } from "@/lib/marketing/landing-example";

/** The landing page's picture: a real case's note on top becomes its key's coded lines below. */
export function ChartToCodes({ example }: { example: LandingExample }) {
  return (
    <figure className="relative mx-auto w-full max-w-xl" aria-labelledby="chart-to-codes-caption">
      <div className="rounded-2xl border border-border bg-surface p-5 shadow-xl shadow-brand/5">
        <div className="flex items-center justify-between gap-3 border-b border-border pb-3">
          <div>
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">{example.documentKind} · synthetic</p>
            <p className="font-medium text-fg">{example.caseTitle}</p>
          </div>
          <Badge variant="brand">{example.specialty}</Badge>
        </div>
        <div className="mt-3 space-y-1 font-mono text-[13px] leading-6 text-muted" data-testid="landing-chart">
          {example.chart.map((line) => (
            <p key={line.quote}>
              {line.before}
              <mark
                className={line.kind === "diagnosis" ? "rounded bg-warning-soft px-1 text-warning-soft-fg" : "rounded bg-brand-soft px-1 text-brand-soft-fg"}
              >
                {line.quote}
              </mark>
              {line.after}
            </p>
          ))}
        </div>
        <ul className="mt-4 space-y-2" data-testid="landing-codes">
          {example.lines.map((line) => (
            <li key={`${line.system}-${line.code}`} className="flex items-start gap-3 rounded-lg border border-border bg-surface-2 px-3 py-2">
              <span className="mt-0.5 w-20 shrink-0 text-[11px] font-semibold tracking-wide text-muted uppercase">{line.system}</span>
              <span className="font-mono text-sm font-semibold text-fg">{line.code}</span>
              <span className="text-sm text-muted">{line.summary}</span>
              <svg viewBox="0 0 20 20" className="ml-auto size-5 shrink-0 text-success" aria-label="Correct" role="img">
                <path
                  fill="currentColor"
                  d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3-4.2 4.2a1 1 0 0 1-1.4 0l-1.8-1.8a1 1 0 1 1 1.4-1.4l1.1 1.1 3.5-3.5a1 1 0 1 1 1.4 1.4Z"
                />
              </svg>
            </li>
          ))}
        </ul>
      </div>
      <figcaption id="chart-to-codes-caption" className="mt-3 text-center text-xs text-muted">
        Read the chart, assign the codes, and see why each one is right. This is one of the practice cases.
      </figcaption>
    </figure>
  );
}
