import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PARTIAL_REASON_LABELS, type CaseAnalysis, type Tally } from "@/lib/cohorts/item-analysis";
import type { PartialReason } from "@/lib/coding/types";
import { plural } from "./format";

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

function TallyList({ tallies, label, empty = "–" }: { tallies: Tally[]; label?: (value: string) => string; empty?: string }) {
  if (!tallies.length) return <span className="text-muted">{empty}</span>;
  return (
    <ul className="space-y-0.5">
      {tallies.map((tally) => (
        <li key={tally.value} className="whitespace-nowrap">
          <span className={label ? "" : "font-mono"}>{label ? label(tally.value) : tally.value}</span> <span className="text-muted">×{tally.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** One case of an assignment: each key line's percent correct, what was written instead, and why partial credit was lost. */
export function CaseAnalysisView({
  caseId,
  title,
  version,
  olderVersions,
  analysis,
}: {
  caseId: string;
  title: string;
  version: number;
  olderVersions: number;
  analysis: CaseAnalysis;
}) {
  const headingId = `case-${caseId}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold text-fg">
          <Link href={`/practice/${caseId}`} className="hover:underline">
            {title}
          </Link>
        </h2>
        <p className="text-sm text-muted">
          {plural(analysis.learners, "learner")} · first attempts · key v{version}
          {analysis.averageScore !== null && (
            <>
              {" "}
              · average <strong className="text-fg">{analysis.averageScore}</strong>
            </>
          )}
          {olderVersions > 0 && ` · ${plural(olderVersions, "attempt")} under an older key left out`}
        </p>
      </div>
      {analysis.learners === 0 ? (
        <EmptyState className="mt-3" titleAs="h3" title="No attempts yet" description="When learners submit this case, each key line's results appear here." />
      ) : (
        <div className="mt-3 space-y-3">
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
                    <ProgressBar
                      value={line.percentCorrect * 100}
                      size="sm"
                      showValue
                      label={`${line.code} correct`}
                      valueText={percent(line.percentCorrect)}
                      tone={line.percentCorrect >= 0.8 ? "success" : line.percentCorrect >= 0.5 ? "warning" : "danger"}
                    />
                  </TD>
                  <TD numeric>
                    {line.partial} / {line.wrong} / {line.missing}
                  </TD>
                  <TD>
                    <TallyList tallies={line.wrongCodes} />
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
        </div>
      )}
    </section>
  );
}
