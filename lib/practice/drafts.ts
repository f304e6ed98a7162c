import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import { DraftAnswerSchema, type DraftAnswer } from "@/lib/practice/schemas";

export type Draft = { answer: DraftAnswer; startedAt: Date; updatedAt: Date };

export const EMPTY_ANSWER: DraftAnswer = { diagnoses: [{ code: "" }], procedures: [] };

function requireCase(caseId: string) {
  if (!findCase(caseId)) throw new DomainError("NOT_FOUND", "That case does not exist.");
}

/** The learner's own draft for a case, or null. */
export async function getDraft(db: Database, userId: string, caseId: string): Promise<Draft | null> {
  const row = await db.codingDraft.findUnique({ where: { userId_caseId: { userId, caseId } } });
  if (!row) return null;
  const answer = DraftAnswerSchema.safeParse(row.answer);
  return { answer: answer.success ? answer.data : EMPTY_ANSWER, startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Starts the clock on a case: creates an empty draft unless there is one, and returns the draft. */
export async function startCase(db: Database, userId: string, caseId: string): Promise<Draft> {
  requireCase(caseId);
  const row = await db.codingDraft.upsert({
    where: { userId_caseId: { userId, caseId } },
    create: { userId, caseId, answer: EMPTY_ANSWER },
    update: {},
  });
  const answer = DraftAnswerSchema.safeParse(row.answer);
  return { answer: answer.success ? answer.data : EMPTY_ANSWER, startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Saves the learner's answer in progress; the start time stays as it was. */
export async function saveDraft(db: Database, userId: string, caseId: string, answer: DraftAnswer): Promise<Draft> {
  requireCase(caseId);
  const row = await db.codingDraft.upsert({
    where: { userId_caseId: { userId, caseId } },
    create: { userId, caseId, answer },
    update: { answer },
  });
  return { answer, startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Throws the draft away and starts a fresh one (a retry): the clock restarts. */
export async function restartCase(db: Database, userId: string, caseId: string): Promise<Draft> {
  requireCase(caseId);
  await db.codingDraft.deleteMany({ where: { userId, caseId } });
  return startCase(db, userId, caseId);
}
