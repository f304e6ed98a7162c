import { Fragment, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { figureAttribution, figureMidpoint, formatFigure } from "@/lib/content/format-figure";
import type { Facts } from "@/lib/content/load-guide";
import { FigureChart } from "./figure-chart";

const CALLOUT_VARIANTS = { tip: "success", note: "info", warning: "warning", example: "info" } as const;
const CODE_SYSTEM_LABELS: Record<string, string> = { icd10cm: "ICD-10-CM", cpt: "CPT", hcpcs: "HCPCS Level II" };

/** The MDX components lessons may use, bound to the facts file so every figure is looked up, never typed. */
export function lessonComponents(facts: Facts) {
  return {
    Fact({ id }: { id: string }) {
      const figure = facts.figures.get(id)!;
      const source = facts.sources.get(figure.source);
      // A range may break after its dash ("$85,000–" / "$120,000"), never inside a number: a five-column table of
      // ranges then fits a lesson's column at 1280 px instead of scrolling.
      const parts = formatFigure(figure).split(/(?<=–)/);
      return (
        <span className="font-semibold text-fg" title={`${figure.label} — ${figureAttribution(figure, source)}`}>
          {parts.map((part, index) => (
            <Fragment key={index}>
              {index > 0 && <wbr />}
              <span className="whitespace-nowrap">{part}</span>
            </Fragment>
          ))}
        </span>
      );
    },
    FigureChart({ id }: { id: string }) {
      const chart = facts.charts.get(id)!;
      const figures = chart.figures.map((key) => facts.figures.get(key)!);
      return (
        <FigureChart
          title={chart.title}
          caption={chart.caption}
          sourceNote={chart.sourceNote}
          kind={chart.kind}
          unit={figures[0]!.unit}
          points={figures.map((figure) => ({
            label: figure.label,
            value: figureMidpoint(figure),
            range: figure.low !== undefined && figure.high !== undefined ? [figure.low, figure.high] : undefined,
            display: formatFigure(figure),
          }))}
        />
      );
    },
    Callout({ kind, title, children }: { kind: keyof typeof CALLOUT_VARIANTS; title?: string; children: ReactNode }) {
      return (
        <Alert variant={CALLOUT_VARIANTS[kind]} title={title} role="note" className="not-prose my-6 [&_p]:my-1">
          {children}
        </Alert>
      );
    },
    CodeRef({ system, code }: { system: string; code: string }) {
      return (
        <a
          href={`/codes?q=${encodeURIComponent(code)}`}
          className="rounded bg-brand-soft px-1 py-0.5 font-mono text-[0.9em] font-semibold text-brand-soft-fg no-underline hover:underline"
          title={`${CODE_SYSTEM_LABELS[system] ?? system} code ${code}: look it up`}
        >
          {code}
        </a>
      );
    },
    table({ children }: { children: ReactNode }) {
      return (
        <div className="not-prose my-6 overflow-x-auto rounded-xl border border-border" role="region" aria-label="Table" tabIndex={0}>
          <table className="w-full min-w-[36rem] text-left text-sm [&_td]:border-t [&_td]:border-border [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:bg-surface-2 [&_th]:px-3 [&_th]:py-2 [&_th]:font-semibold">
            {children}
          </table>
        </div>
      );
    },
  };
}
