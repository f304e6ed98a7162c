"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { CodingVerdict } from "@/lib/coding/types";
import type { Attempt } from "@/lib/practice/attempts";
import type { CaseDebrief as Debrief } from "@/lib/practice/case-catalog";
import { CaseDebrief } from "./case-debrief";
import { GradeReport } from "./grade-report";

export type GradedAttempt = Attempt & { debrief: Debrief | null };

/**
 * A grade just given on the case page: the feedback line by line, what the case teaches, and a retry. It takes the
 * focus when it appears, so keyboard and screen-reader users land on their result.
 */
export function CaseFeedback({
  caseId,
  attempt,
  retrying,
  onRetry,
  focusedLine,
  onFocusLine,
  disputedLines,
}: {
  caseId: string;
  attempt: GradedAttempt;
  retrying: boolean;
  onRetry: () => void;
  focusedLine: string | null;
  onFocusLine: (verdict: CodingVerdict) => void;
  disputedLines: string[];
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    containerRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, []);

  return (
    <div ref={containerRef} className="mt-8 scroll-mt-20 space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-fg focus:outline-none" data-testid="feedback-heading">
          Feedback
        </h2>
        <Button type="button" variant="secondary" onClick={onRetry} loading={retrying}>
          Try this case again
        </Button>
      </div>
      <GradeReport
        grade={attempt.grade}
        formRows={attempt.answer.formRows}
        durationSeconds={attempt.durationSeconds}
        caseId={caseId}
        attemptId={attempt.id}
        focusedLine={focusedLine}
        onFocusLine={onFocusLine}
        disputedLines={disputedLines}
      />
      {attempt.debrief && <CaseDebrief debrief={attempt.debrief} />}
    </div>
  );
}
