import { chartFacts, scrubPracticeCoding } from "@/lib/claims/practice-claim";
import type { ScrubResult } from "@/lib/claims/scrub";
import type { CodingSubmission } from "@/lib/coding/types";
import type { Database } from "@/lib/db/client";
import { claimsWorldFor } from "@/lib/denials/world";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";

/**
 * Chart practice's "Check claim": scrubs the learner's coding for one case with the workbench's scrubber, using the
 * code sets in the database and the NCCI tables in force. Reads only: nothing is stored and the grade is untouched.
 */
export async function scrubPracticeClaim(db: Database, caseId: string, submission: CodingSubmission, today = new Date()): Promise<ScrubResult> {
  const chartCase = findCase(caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case is not in the library.");
  const facts = chartFacts(chartCase.documents.map((document) => document.text).join("\n"));
  const world = await claimsWorldFor(
    db,
    { diagnoses: submission.diagnoses.map((diagnosis) => diagnosis.code), procedures: submission.procedures.map((line) => line.code) },
    { cptFromCodeSets: true },
  );
  return scrubPracticeCoding(submission, facts, world, today.toISOString().slice(0, 10));
}
