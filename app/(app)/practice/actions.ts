"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import { scrubPracticeClaim } from "@/lib/denials/practice-scrub";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { debriefOf, findCase } from "@/lib/practice/case-catalog";
import { disputeKeyLine } from "@/lib/practice/disputes";
import { restartCase, saveDraft, startCase } from "@/lib/practice/drafts";
import { CaseIdSchema, CheckClaimSchema, DisputeSchema, SaveDraftSchema, SubmitAttemptSchema } from "@/lib/practice/schemas";

export const saveCodingDraft = action(
  SaveDraftSchema,
  { invalidMessage: "The draft could not be saved: the form has more than a claim can hold." },
  async (input, user) => {
    const draft = await saveDraft(await getDatabase(), user.id, input.caseId, input.answer);
    return { savedAt: draft.updatedAt.toISOString() };
  },
);

export const submitCoding = action(SubmitAttemptSchema, { invalidMessage: "Some lines need fixing before they can be graded." }, async (input, user) => {
  const attempt = await submitCodingAttempt(await getDatabase(), user.id, input);
  revalidatePath("/practice");
  // The debrief names the approach, so it reaches the browser only with a grade.
  const chartCase = findCase(attempt.caseId);
  return { ...attempt, debrief: chartCase ? debriefOf(chartCase) : null };
});

/** "Check claim": runs the claim scrubber on the coding as it stands; stores nothing and does not grade. */
export const checkCodingClaim = action(CheckClaimSchema, { invalidMessage: "Some lines need fixing before the claim can be checked." }, async (input) =>
  scrubPracticeClaim(await getDatabase(), input.caseId, input.answer),
);

/** Starts the clock on a case: called on the learner's first edit, since opening the page records nothing. */
export const startCoding = action(CaseIdSchema, { invalidMessage: "Unknown case." }, async (caseId, user) => {
  const draft = await startCase(await getDatabase(), user.id, caseId);
  return { startedAt: draft.startedAt.toISOString() };
});

export const restartCoding = action(CaseIdSchema, { invalidMessage: "Unknown case." }, async (caseId, user) => {
  const draft = await restartCase(await getDatabase(), user.id, caseId);
  return { answer: draft.answer, startedAt: draft.startedAt.toISOString() };
});

export const disputeKeyLineAction = action(DisputeSchema, {}, async (input, user) => {
  await disputeKeyLine(await getDatabase(), user.id, input);
  revalidatePath("/admin/disputes");
});
