import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PARTIAL_REASON_LABELS } from "@/lib/cohorts/item-analysis";
import type { AnalysedItemOf } from "@/lib/cohorts/load-item-analysis";
import type { PartialReason } from "@/lib/coding/types";
import { AnalysisMeta, AnalysisSection, PercentRight, TallyList } from "./analysis-parts";

/** One case of an assignment: each key line's percent correct, what was written instead, and why partial credit was lost. */
export function CaseAnalysisView({ item }: { item: AnalysedItemOf<"CHART_CASE"> }) {
  const { ref: caseId, title, href, version, olderVersions, analysis } = item;
  return (
    <AnalysisSection
      id={`case-${caseId}`}
      title={title}
      href={href}
      kindLabel="Chart case"
      meta={<AnalysisMeta learners={analysis.learners} averageScore={analysis.averageScore} version={`key v${version}`} olderVersions={olderVersions} />}
      empty={
        analysis.learners === 0 ? { title: "No attempts yet", description: "When learners submit this case, each key line's results appear here." } : undefined
      }
    >
      <Table label={`Key lines of ${title}`}>
        <THead>
          <TR>
            <TH>Key line</TH>
            <TH className="w-48">Correct</TH>
            <TH numeric>Partly / wrong / missing</TH>
            <TH>Written instead</TH>
            <TH>Partial credit lost to</TH>
          </TR>
        </THead>
        <TBody>
          {analysis.lines.map((line) => (
            <TR key={line.keyLineId} data-testid="key-line-analysis">
              <TH scope="row">
                <span className="font-mono">{line.code}</span>
                <span className="block text-xs text-muted">
                  {line.kind === "diagnosis" ? "Diagnosis" : "Service line"} {line.keyLineId}
                </span>
              </TH>
              <TD>
                <PercentRight fraction={line.percentCorrect} label={`${line.code} correct`} />
              </TD>
              <TD numeric>
                {line.partial} / {line.wrong} / {line.missing}
              </TD>
              <TD>
                <TallyList tallies={line.wrongCodes} mono />
              </TD>
              <TD>
                <TallyList tallies={line.partialReasons} label={(value) => PARTIAL_REASON_LABELS[value as PartialReason] ?? value} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {analysis.extraCodes.length > 0 && (
        <p className="flex flex-wrap items-center gap-1.5 text-sm text-muted">
          Extra codes added:
          {analysis.extraCodes.map((tally) => (
            <Badge key={tally.value} variant="neutral">
              <span className="font-mono">{tally.value}</span> ×{tally.count}
            </Badge>
          ))}
        </p>
      )}
    </AnalysisSection>
  );
}
