import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import { parseListLeniently, reportInvalidStoredValue } from "@/lib/db/stored-data";
import { SUBMISSION_LIMITS } from "@/lib/coding/limits";
import { DraftAnswerSchema, type DraftAnswer } from "@/lib/practice/schemas";

export type Draft = { answer: DraftAnswer; startedAt: Date; updatedAt: Date };

export const EMPTY_ANSWER: DraftAnswer = { diagnoses: [{ code: "" }], procedures: [] };

/**
 * A stored answer in progress, line by line: a line the current schema rejects is reported and left out, and every
 * other line the learner typed is kept (a draft is never reset because one line went bad).
 */
export function draftAnswerFromStored(stored: unknown, where = "coding draft"): DraftAnswer {
  const whole = DraftAnswerSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const value = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const diagnoses = parseListLeniently(DraftAnswerSchema.shape.diagnoses.element, value.diagnoses, where, "diagnoses") ?? [];
  const procedures = parseListLeniently(DraftAnswerSchema.shape.procedures.element, value.procedures, where, "procedures") ?? [];
  const rebuilt = DraftAnswerSchema.safeParse({
    diagnoses: diagnoses.length ? diagnoses.slice(0, SUBMISSION_LIMITS.diagnoses) : EMPTY_ANSWER.diagnoses,
    procedures: procedures.slice(0, SUBMISSION_LIMITS.procedures),
  });
  if (rebuilt.success) return rebuilt.data;
  reportInvalidStoredValue(where, "answer", rebuilt.error.issues);
  return EMPTY_ANSWER;
}

/** The case's current id (a renamed case's old id still finds it), or NOT_FOUND. */
function requireCase(caseId: string): string {
  const chartCase = findCase(caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case does not exist.");
  return chartCase.id;
}

/** The learner's own draft for a case, or null. */
export async function getDraft(db: Database, userId: string, requestedId: string): Promise<Draft | null> {
  const caseId = findCase(requestedId)?.id ?? requestedId;
  const row = await db.codingDraft.findUnique({ where: { userId_caseId: { userId, caseId } } });
  if (!row) return null;
  return { answer: draftAnswerFromStored(row.answer, `coding draft ${row.id}`), startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Starts the clock on a case: creates an empty draft unless there is one, and returns the draft. */
export async function startCase(db: Database, userId: string, requestedId: string): Promise<Draft> {
  const caseId = requireCase(requestedId);
  const row = await db.codingDraft.upsert({
    where: { userId_caseId: { userId, caseId } },
    create: { userId, caseId, answer: EMPTY_ANSWER },
    update: {},
  });
  return { answer: draftAnswerFromStored(row.answer, `coding draft ${row.id}`), startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Saves the learner's answer in progress; the start time stays as it was. */
export async function saveDraft(db: Database, userId: string, requestedId: string, answer: DraftAnswer): Promise<Draft> {
  const caseId = requireCase(requestedId);
  const row = await db.codingDraft.upsert({
    where: { userId_caseId: { userId, caseId } },
    create: { userId, caseId, answer },
    update: { answer },
  });
  return { answer, startedAt: row.startedAt, updatedAt: row.updatedAt };
}

/** Throws the draft away and starts a fresh one (a retry): the clock restarts. */
export async function restartCase(db: Database, userId: string, requestedId: string): Promise<Draft> {
  const caseId = requireCase(requestedId);
  await db.codingDraft.deleteMany({ where: { userId, caseId } });
  return startCase(db, userId, caseId);
}
