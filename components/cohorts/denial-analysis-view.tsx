import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatCents } from "@/lib/claims/money";
import type { AnalysedItemOf } from "@/lib/cohorts/load-item-analysis";
import { AnalysisMeta, AnalysisSection, PercentRight, TallyList } from "./analysis-parts";

/** One denial scenario: how many found the root cause and chose a right resolution, and what the others chose. */
export function DenialAnalysisView({ item }: { item: AnalysedItemOf<"DENIAL_SCENARIO"> }) {
  const { ref: scenarioId, title, href, version, olderVersions, analysis } = item;
  const { appeals } = analysis;
  return (
    <AnalysisSection
      id={`denial-${scenarioId}`}
      title={title}
      href={href}
      kindLabel="Denial scenario"
      meta={
        <AnalysisMeta learners={analysis.learners} averageScore={analysis.averageScore} version={`v${version}`} olderVersions={olderVersions}>
          {analysis.averageRecoveredCents !== null &&
            analysis.averageRecoveredCents > 0 &&
            ` · ${formatCents(analysis.averageRecoveredCents)} recovered a learner`}
          {appeals.sent > 0 && ` · ${appeals.overturned} of ${appeals.sent} ${appeals.sent === 1 ? "appeal" : "appeals"} won`}
        </AnalysisMeta>
      }
      empty={
        analysis.learners === 0
          ? { title: "No work yet", description: "When learners work this denial to an outcome, their root causes and resolutions appear here." }
          : undefined
      }
    >
      <Table label={`Decisions on ${title}`}>
        <THead>
          <TR>
            <TH>Decision</TH>
            <TH className="w-48">Right</TH>
            <TH className="min-w-48">Chosen instead</TH>
            <TH className="min-w-64">The answer</TH>
          </TR>
        </THead>
        <TBody>
          <TR data-testid="denial-decision-analysis">
            <TH scope="row">Root cause</TH>
            <TD>
              <PercentRight fraction={analysis.rootCause.percentCorrect} label="Root cause right" />
            </TD>
            <TD>
              <TallyList tallies={analysis.rootCause.chosenInstead} />
            </TD>
            <TD>{analysis.rootCause.answer}</TD>
          </TR>
          <TR data-testid="denial-decision-analysis">
            <TH scope="row">Resolution</TH>
            <TD>
              <PercentRight fraction={analysis.resolution.percentCorrect} label="Resolution right" />
            </TD>
            <TD>
              <TallyList tallies={analysis.resolution.chosenInstead} />
            </TD>
            <TD>{analysis.resolution.accepted.join(" or ")}</TD>
          </TR>
        </TBody>
      </Table>
    </AnalysisSection>
  );
}
