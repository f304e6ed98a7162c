import { cn } from "@/components/ui/cn";
import type { PassageRef } from "@/lib/claims/appeal";
import type { ChartDocument } from "@/lib/claims/scenario-schema";
import { passagesOf } from "@/lib/claims/passages";

const KIND_LABELS: Record<ChartDocument["kind"], string> = {
  "visit-note": "Visit note",
  "operative-report": "Operative report",
  "procedure-note": "Procedure note",
  "radiology-report": "Radiology report",
  "therapy-note": "Therapy note",
  order: "Order",
  abn: "ABN",
  authorization: "Authorization",
  eligibility: "Eligibility",
  registration: "Registration",
  "clearinghouse-report": "Clearinghouse",
};

const same = (a: PassageRef, b: PassageRef) => a.documentId === b.documentId && a.passage === b.passage;

/**
 * The chart documents, paragraph by paragraph. With `onToggle`, each paragraph is a toggle button: selecting it
 * attaches the passage to the appeal (keyboard: Tab to it, Space or Enter to attach or detach).
 */
export function ChartPassages({
  documents,
  selected = [],
  onToggle,
}: {
  documents: ChartDocument[];
  selected?: PassageRef[];
  onToggle?: (ref: PassageRef) => void;
}) {
  return (
    <div className="space-y-4">
      {documents.map((document) => (
        <article key={document.id} aria-label={document.title} className="overflow-hidden rounded-xl border border-border bg-surface">
          <header className="flex items-center justify-between gap-2 border-b border-border bg-surface-2 px-4 py-2">
            <h3 className="text-sm font-semibold text-fg">{document.title}</h3>
            <span className="text-xs text-muted">{KIND_LABELS[document.kind]}</span>
          </header>
          <div className="space-y-1 p-2">
            {passagesOf(document).map((passage, index) => {
              const ref = { documentId: document.id, passage: index };
              const attached = selected.some((candidate) => same(candidate, ref));
              const text = <span className="font-mono text-[0.8rem] leading-relaxed whitespace-pre-wrap">{passage}</span>;
              return onToggle ? (
                <button
                  key={index}
                  type="button"
                  aria-pressed={attached}
                  onClick={() => onToggle(ref)}
                  className={cn(
                    "block w-full rounded-md border px-3 py-2 text-left text-fg transition-colors",
                    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                    attached ? "border-brand bg-brand-soft/60" : "border-transparent hover:border-border hover:bg-surface-2",
                  )}
                >
                  <span className={cn("mb-1 block text-xs font-semibold", attached ? "text-brand" : "text-muted")}>
                    {attached ? "✓ Attached to the appeal" : "Attach this passage"}
                  </span>
                  {text}
                </button>
              ) : (
                <p key={index} className="px-3 py-2 text-fg">
                  {text}
                </p>
              );
            })}
          </div>
        </article>
      ))}
    </div>
  );
}
