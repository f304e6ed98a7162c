import { Badge } from "@/components/ui/badge";

const CODE_LINES = [
  { system: "ICD-10-CM", code: "S83.241A", summary: "Medial meniscus tear, right knee, initial encounter" },
  { system: "CPT", code: "29881", summary: "Arthroscopic removal of the torn part of a meniscus" },
  { system: "Modifier", code: "RT", summary: "Right side" },
];

/** The landing page's picture: a synthetic note on the left becomes coded lines on the right. */
export function ChartToCodes() {
  return (
    <figure className="relative mx-auto w-full max-w-xl" aria-labelledby="chart-to-codes-caption">
      <div className="rounded-2xl border border-border bg-surface p-5 shadow-xl shadow-brand/5">
        <div className="flex items-center justify-between border-b border-border pb-3">
          <div>
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">Operative report · synthetic</p>
            <p className="font-medium text-fg">Right knee arthroscopy</p>
          </div>
          <Badge variant="brand">Orthopaedics</Badge>
        </div>
        <p className="mt-3 font-mono text-[13px] leading-6 text-muted">
          POSTOP DX: <mark className="rounded bg-warning-soft px-1 text-warning-soft-fg">complex tear, medial meniscus, R knee</mark>.
          Twisting injury 3 wks ago playing soccer. PROCEDURE: <mark className="rounded bg-brand-soft px-1 text-brand-soft-fg">arthroscopic partial medial meniscectomy</mark>, right. Lateral compartment intact…
        </p>
        <ul className="mt-4 space-y-2">
          {CODE_LINES.map((line) => (
            <li key={line.code} className="flex items-start gap-3 rounded-lg border border-border bg-surface-2 px-3 py-2">
              <span className="mt-0.5 w-20 shrink-0 text-[11px] font-semibold tracking-wide text-muted uppercase">{line.system}</span>
              <span className="font-mono text-sm font-semibold text-fg">{line.code}</span>
              <span className="text-sm text-muted">{line.summary}</span>
              <svg viewBox="0 0 20 20" className="ml-auto size-5 shrink-0 text-success" aria-label="Correct" role="img">
                <path fill="currentColor" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3-4.2 4.2a1 1 0 0 1-1.4 0l-1.8-1.8a1 1 0 1 1 1.4-1.4l1.1 1.1 3.5-3.5a1 1 0 1 1 1.4 1.4Z" />
              </svg>
            </li>
          ))}
        </ul>
      </div>
      <figcaption id="chart-to-codes-caption" className="mt-3 text-center text-xs text-muted">
        Read the chart, assign the codes, and see why each one is right.
      </figcaption>
    </figure>
  );
}
