"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useState, useTransition } from "react";
import { checkCodingClaim } from "@/app/(app)/practice/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ScrubResult } from "@/lib/claims/scrub";
import { submissionFromDraft } from "@/lib/practice/draft-editing";
import type { DraftAnswer } from "@/lib/practice/schemas";

// The findings show only after a check: fetched when the learner asks for one.
const loadScrubFindings = () => import("@/components/denials/scrub-findings").then((module) => module.ScrubFindings);
const ScrubFindings = lazyPart(loadScrubFindings, { ssr: false });

const CHECKED = "Codes, diagnosis pointers, NCCI pairs and units, modifiers, add-on codes and a visit with a procedure all passed.";

/**
 * "Check claim": runs the denials workbench's claim scrubber on the coding as it stands, before grading. The findings
 * say what is wrong, why (the rule and its source) and how to fix it. It stores nothing and never changes the grade.
 */
export function ClaimCheck({ caseId, answer, disabled }: { caseId: string; answer: DraftAnswer; disabled?: boolean }) {
  const [checked, setChecked] = useState<{ answer: DraftAnswer; result: ScrubResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function check() {
    const { submission } = submissionFromDraft(answer);
    if (submission.diagnoses.length === 0 && submission.procedures.length === 0) {
      setError("Code at least one diagnosis or service line before checking the claim.");
      setChecked(null);
      return;
    }
    void loadScrubFindings();
    startTransition(async () => {
      const result = await checkCodingClaim({ caseId, answer: submission });
      if (!result.ok) {
        setError(result.message);
        setChecked(null);
        return;
      }
      setError(null);
      setChecked({ answer, result: result.data });
    });
  }

  // Findings belong to the coding they checked: once the coding changes they are out of date.
  const current = checked?.answer === answer ? checked.result : null;
  return (
    <section aria-label="Check the claim" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={check} loading={pending} disabled={disabled}>
          Check claim
        </Button>
        <p className="text-sm text-muted">Runs the claim scrubber on your coding, as a biller would before sending. It does not grade.</p>
      </div>
      {error && (
        <Alert variant="danger" title="The claim could not be checked">
          {error}
        </Alert>
      )}
      {current && <ScrubFindings result={current} cleanMessage={CHECKED} />}
      {checked && !current && <p className="text-sm text-muted">Your coding changed since the last check: check the claim again.</p>}
    </section>
  );
}
