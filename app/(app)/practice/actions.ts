"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDatabase } from "@/lib/db/client";
import { submitCodingAttempt, type Attempt } from "@/lib/practice/attempts";
import { disputeKeyLine } from "@/lib/practice/disputes";
import { restartCase, saveDraft, type Draft } from "@/lib/practice/drafts";
import { CaseIdSchema, DisputeSchema, SaveDraftSchema, SubmitAttemptSchema } from "@/lib/practice/schemas";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";

const SIGNED_OUT: ActionResult<never> = { ok: false, message: "Your session has ended. Sign in again to keep your work." };

export async function saveCodingDraft(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const parsed = SaveDraftSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, "The draft could not be saved: the form has more than a claim can hold.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    const draft = await saveDraft(await getDatabase(), user.id, parsed.data.caseId, parsed.data.answer);
    return { ok: true, data: { savedAt: draft.updatedAt.toISOString() } };
  } catch (error) {
    return domainErrorResult(error);
  }
}

export async function submitCoding(input: unknown): Promise<ActionResult<Attempt>> {
  const parsed = SubmitAttemptSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, "Some lines need fixing before they can be graded.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    const attempt = await submitCodingAttempt(await getDatabase(), user.id, parsed.data);
    revalidatePath("/practice");
    return { ok: true, data: attempt };
  } catch (error) {
    return domainErrorResult(error);
  }
}

export async function restartCoding(caseId: unknown): Promise<ActionResult<Pick<Draft, "answer"> & { startedAt: string }>> {
  const parsed = CaseIdSchema.safeParse(caseId);
  if (!parsed.success) return { ok: false, message: "Unknown case." };
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    const draft = await restartCase(await getDatabase(), user.id, parsed.data);
    return { ok: true, data: { answer: draft.answer, startedAt: draft.startedAt.toISOString() } };
  } catch (error) {
    return domainErrorResult(error);
  }
}

export async function disputeKeyLineAction(input: unknown): Promise<ActionResult> {
  const parsed = DisputeSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, parsed.error.issues[0]?.message ?? "The dispute could not be read.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    await disputeKeyLine(await getDatabase(), user.id, parsed.data);
    revalidatePath("/admin/disputes");
    return { ok: true, data: undefined };
  } catch (error) {
    return domainErrorResult(error);
  }
}
