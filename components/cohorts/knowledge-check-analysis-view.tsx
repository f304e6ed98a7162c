import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AnalysedItemOf } from "@/lib/cohorts/load-item-analysis";
import { AnalysisMeta, AnalysisSection, PercentRight, TallyList } from "./analysis-parts";

const KIND_LABELS = { single: "One answer", numeric: "A number", matching: "Matching" } as const;

/** One lesson's knowledge check: each question's percent right, the wrong answers most often given, and the right one. */
export function KnowledgeCheckAnalysisView({ item: { ref: lessonSlug, title, href, analysis } }: { item: AnalysedItemOf<"GUIDE_LESSON"> }) {
  return (
    <AnalysisSection
      id={`lesson-${lessonSlug}`}
      title={title}
      href={href}
      kindLabel="Knowledge check"
      meta={
        <AnalysisMeta learners={analysis.learners} averageScore={analysis.averageScore}>
          {analysis.learners > 0 && ` · ${analysis.passed} passed`}
        </AnalysisMeta>
      }
      empty={
        analysis.learners === 0
          ? { title: "No checks taken yet", description: "When learners take this lesson's knowledge check, each question's results appear here." }
          : undefined
      }
    >
      <Table label={`Questions of the ${title} knowledge check`}>
        <THead>
          <TR>
            <TH className="min-w-64 md:w-2/5">Question</TH>
            <TH className="w-48">Right</TH>
            <TH className="min-w-48">Answered instead</TH>
            <TH className="min-w-48">The answer</TH>
          </TR>
        </THead>
        <TBody>
          {analysis.items.map((item) => (
            <TR key={item.itemId} data-testid="question-analysis">
              <TH scope="row" className="font-normal">
                <span className="block">{item.prompt}</span>
                <span className="block text-xs text-muted">
                  {KIND_LABELS[item.kind]}
                  {item.partial > 0 && ` · ${item.partial} partly right`}
                  {item.unanswered > 0 && ` · ${item.unanswered} left blank`}
                </span>
              </TH>
              <TD>
                <PercentRight fraction={item.percentCorrect} label={`Question ${item.itemId} right`} />
              </TD>
              <TD>
                <TallyList tallies={item.wrongAnswers} />
              </TD>
              <TD>{item.correctAnswer}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </AnalysisSection>
  );
}
