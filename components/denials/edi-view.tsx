import type { EdiDocument } from "@/lib/denials/edi";
import { segmentText } from "@/lib/claims/x12";

/** Raw X12, one segment a row, each explained in plain words beside it. */
export function EdiView({ documents }: { documents: EdiDocument[] }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">
        Billers read 835s. Each row is one segment: its id, the elements separated by <code className="font-mono">*</code>, components by{" "}
        <code className="font-mono">:</code>, ending in <code className="font-mono">~</code>. Trading-partner ids are synthetic.
      </p>
      {documents.map((document) => (
        <section key={document.id} aria-label={document.title} className="overflow-hidden rounded-xl border border-border bg-surface">
          <h3 className="border-b border-border bg-surface-2 px-4 py-2 text-sm font-semibold text-fg">{document.title}</h3>
          <ol className="divide-y divide-border" data-testid={`edi-${document.id}`}>
            {document.segments.map((segment, index) => (
              <li key={index} className="grid gap-1 px-4 py-2 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] md:gap-4" data-segment={segment.id}>
                <code className="font-mono text-xs break-all text-fg">{segmentText(segment)}</code>
                <span className="text-xs text-muted">
                  <span className="mr-1 font-mono font-semibold text-brand">{segment.id}</span>
                  {segment.explain}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
