import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { gradeCase } from "@/lib/coding/grade-coding";
import type { CodingGrade } from "@/lib/coding/types";
import { findCitations } from "@/lib/content/guideline-sections";
import { currentCaseId, findCase } from "@/lib/practice/case-catalog";
import type { CaseStanding } from "@/lib/practice/case-standing";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { attemptAnswerFromStored, attemptGradeFromStored, type StoredAnswer } from "@/lib/practice/stored-attempt";
import type { z } from "zod";

export type AttemptSummary = { id: string; caseId: string; caseVersion: number; score: number; durationSeconds: number; createdAt: Date };
export type Attempt = AttemptSummary & { answer: StoredAnswer; grade: CodingGrade };

/** Attempts longer than this are counted as this long: a tab left open overnight is not coding time. */
export const MAX_ATTEMPT_SECONDS = 4 * 60 * 60;

const summarySelect = { id: true, caseId: true, caseVersion: true, score: true, durationSeconds: true, createdAt: true } as const;

/** The grade with each rationale's guideline citations resolved to their section headings, for the page to show. */
export function withCitations(grade: CodingGrade): CodingGrade {
  return { ...grade, verdicts: grade.verdicts.map((verdict) => (verdict.rationale ? { ...verdict, citations: findCitations(verdict.rationale) } : verdict)) };
}

/** Form rows that match the answer line for line, strictly increasing as a form's rows are; anything else is ignored. */
function validFormRows(input: z.output<typeof SubmitAttemptSchema>): boolean {
  const rows = input.formRows;
  if (!rows || rows.diagnoses.length !== input.answer.diagnoses.length || rows.procedures.length !== input.answer.procedures.length) return false;
  const increasing = (list: number[]) => list.every((row, at) => at === 0 || row > list[at - 1]!);
  return increasing(rows.diagnoses) && increasing(rows.procedures);
}

/** An attempt row with its JSON columns parsed (never cast): a malformed answer line or verdict is dropped and logged, the rest kept. */
function toAttempt(row: AttemptSummary & { answer: unknown; grade: unknown }): Attempt {
  const where = `coding attempt ${row.id}`;
  return { ...row, answer: attemptAnswerFromStored(row.answer, where), grade: withCitations(attemptGradeFromStored(row.grade, row.score, where)) };
}

/**
 * Grades the learner's answer to a case and stores the attempt (answer, verdicts, score, time taken, case
 * version), clearing the draft, in one transaction. The same idempotency key twice returns the first attempt.
 * The time taken runs from when the learner opened the case (their draft) to now.
 */
export async function submitCodingAttempt(db: Database, userId: string, input: z.output<typeof SubmitAttemptSchema>, now = new Date()): Promise<Attempt> {
  const chartCase = findCase(input.caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case does not exist.");
  const grade = gradeCase(chartCase, input.answer);

  const record = () =>
    db.$transaction(async (tx) => {
      const previous = await tx.codingAttempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
      if (previous) {
        if (previous.caseId !== chartCase.id) throw new DomainError("CONFLICT", "That submission key was already used for another case.");
        return toAttempt(previous);
      }
      const draft = await tx.codingDraft.findUnique({ where: { userId_caseId: { userId, caseId: chartCase.id } } });
      const seconds = draft ? Math.round((now.getTime() - draft.startedAt.getTime()) / 1000) : (input.elapsedSeconds ?? 0);
      const created = await tx.codingAttempt.create({
        data: {
          userId,
          caseId: chartCase.id,
          caseVersion: chartCase.version,
          idempotencyKey: input.idempotencyKey,
          answer: { ...input.answer, ...(validFormRows(input) ? { formRows: input.formRows } : {}) } as unknown as Prisma.InputJsonValue,
          grade: grade as unknown as Prisma.InputJsonValue,
          score: grade.score,
          durationSeconds: Math.min(MAX_ATTEMPT_SECONDS, Math.max(0, seconds)),
          createdAt: now,
        },
      });
      if (draft) await tx.codingDraft.delete({ where: { id: draft.id } });
      return toAttempt(created);
    });

  try {
    return await record();
  } catch (error) {
    // Two submits with the same key racing: the unique index lets one in; the other reads its result.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return record();
    throw error;
  }
}

/** One of the learner's own attempts; another learner's attempt is "not found", never revealed. */
export async function getAttempt(db: Database, userId: string, attemptId: string): Promise<Attempt> {
  const row = await db.codingAttempt.findFirst({ where: { id: attemptId, userId } });
  if (!row) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  return toAttempt(row);
}

/** The learner's attempts at one case, newest first; the newest `limit` of them when given. */
export async function listCaseAttempts(db: Database, userId: string, caseId: string, limit?: number): Promise<AttemptSummary[]> {
  return db.codingAttempt.findMany({
    where: { userId, caseId: currentCaseId(caseId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: summarySelect,
    take: limit,
  });
}

/** The learner's standing on every case they have attempted, keyed by case id: one row a case, summed by the database. */
export async function getCaseStandings(db: Database, userId: string): Promise<Map<string, CaseStanding>> {
  const rows = await db.$queryRaw<CaseStanding[]>`
    SELECT "caseId",
           count(*)::int AS "attempts",
           max("score")::int AS "bestScore",
           (array_agg("score" ORDER BY "createdAt" DESC, "id" DESC))[1]::int AS "lastScore",
           max("createdAt") AS "lastAttemptAt"
    FROM "CodingAttempt"
    WHERE "userId" = ${userId}
    GROUP BY "caseId"`;
  return new Map(rows.map((row) => [row.caseId, row]));
}
