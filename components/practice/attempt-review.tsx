"use client";

import { useMemo, useState } from "react";
import type { CodingGrade, CodingVerdict } from "@/lib/coding/types";
import type { FormRows } from "@/lib/practice/draft-editing";
import type { ChartDocument } from "./chart-view";
import { GradeReport } from "./grade-report";
import { GradedChartView } from "./graded-chart-view";

/** A past attempt: the chart with the key's evidence highlighted beside the line-by-line feedback. */
export function AttemptReview({
  caseId,
  attemptId,
  documents,
  grade,
  durationSeconds,
  disputedLines,
  formRows,
  readOnly = false,
}: {
  caseId: string;
  attemptId: string;
  documents: ChartDocument[];
  grade: CodingGrade;
  durationSeconds: number;
  disputedLines: string[];
  formRows?: FormRows;
  readOnly?: boolean;
}) {
  const [focused, setFocused] = useState<CodingVerdict | null>(null);
  const evidence = useMemo(() => grade.verdicts.flatMap((verdict) => verdict.evidence ?? []), [grade]);
  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <section
        aria-label="The chart"
        tabIndex={0}
        className="focus-visible:outline-2 focus-visible:outline-ring lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
      >
        <GradedChartView documents={documents} evidence={evidence} focused={focused?.evidence ?? []} />
      </section>
      <GradeReport
        grade={grade}
        formRows={formRows}
        durationSeconds={durationSeconds}
        caseId={caseId}
        attemptId={attemptId}
        focusedLine={focused?.keyLineId ?? null}
        onFocusLine={(verdict) => setFocused((current) => (current === verdict ? null : verdict))}
        disputedLines={disputedLines}
        readOnly={readOnly}
      />
    </div>
  );
}
