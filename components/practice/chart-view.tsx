import type { Ref } from "react";
import { cn } from "@/components/ui/cn";
import type { ChartCase } from "@/lib/content/schemas";
import { highlightSegments } from "@/lib/practice/highlight-evidence";
import { reflowChart } from "@/lib/practice/reflow-chart";

export type ChartDocument = ChartCase["documents"][number];

const KIND_LABELS: Record<ChartDocument["kind"], string> = {
  "visit-note": "Visit note",
  "operative-report": "Operative report",
  "ed-note": "ED note",
  "radiology-report": "Radiology report",
  order: "Order",
  "run-sheet": "Run sheet",
  "procedure-note": "Procedure note",
};

/**
 * The patient's chart as plain, selectable text, reflowed to the column with its structure kept. After grading, the key's quoted evidence is highlighted;
 * the phrases of the line the learner is looking at are highlighted strongly (GradedChartView scrolls them into view). Renders on the server too.
 */
export function ChartView({
  documents,
  evidence = [],
  focused = [],
  ref,
}: {
  documents: ChartDocument[];
  evidence?: string[];
  focused?: string[];
  ref?: Ref<HTMLDivElement>;
}) {
  const focusedSet = new Set(focused);
  const phrases = [...evidence, ...focused];

  return (
    <div ref={ref} className="space-y-5">
      {documents.map((document, index) => (
        <article key={index} aria-label={document.title} className="overflow-hidden rounded-xl border border-border bg-surface">
          <header className="flex items-center justify-between gap-2 border-b border-border bg-surface-2 px-4 py-2">
            <h3 className="text-sm font-semibold text-fg">{document.title}</h3>
            <span className="text-xs text-muted">{KIND_LABELS[document.kind]}</span>
          </header>
          <div className="px-4 py-3 font-mono text-[0.8rem] leading-relaxed text-fg selection:bg-brand-soft" data-testid="chart-text">
            {reflowChart(document.text).map((block, at) =>
              block.kind === "break" ? (
                <div key={at} className="h-3" aria-hidden />
              ) : (
                // Each block wraps to the column with its indentation; a header row's fields wrap as units.
                <p
                  key={at}
                  className={cn("break-words", block.fields ? "flex flex-wrap gap-x-6" : "whitespace-pre-wrap")}
                  style={block.indent ? { paddingLeft: `${block.indent}ch` } : undefined}
                >
                  {(block.fields ?? [block.text]).map((field, fieldAt) => (
                    <span key={fieldAt}>
                      {highlightSegments(field, phrases).map((segment, index) =>
                        segment.phrase ? (
                          <mark
                            key={index}
                            data-focused={focusedSet.has(segment.phrase)}
                            className={cn(
                              "rounded-sm px-0.5 text-fg",
                              focusedSet.has(segment.phrase) ? "bg-warning-soft ring-2 ring-warning" : "bg-brand-soft",
                            )}
                          >
                            {segment.text}
                          </mark>
                        ) : (
                          <span key={index}>{segment.text}</span>
                        ),
                      )}
                    </span>
                  ))}
                </p>
              ),
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
