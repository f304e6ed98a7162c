import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { gradeCoding } from "@/lib/coding/grade-coding";
import { findCase } from "@/lib/practice/case-catalog";
import { attemptAnswerFromStored } from "@/lib/practice/stored-attempt";

/** The idempotency key of the regrade of one attempt against one key version: regrading twice records one. */
export const regradeKey = (attemptId: string, version: number) => `regrade-${attemptId}-v${version}`;

export const isRegrade = (idempotencyKey: string) => idempotencyKey.startsWith("regrade-");

/**
 * Grades an old attempt's answer again against the current key, as a new attempt; the old one keeps its grade.
 * Only for the learner's own attempt, and only when the key has changed since it was graded.
 */
export async function regradeAttempt(db: Database, userId: string, attemptId: string, now = new Date()) {
  const original = await db.codingAttempt.findFirst({ where: { id: attemptId, userId } });
  if (!original) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  const chartCase = findCase(original.caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case does not exist.");
  if (original.caseVersion >= chartCase.version) throw new DomainError("CONFLICT", "This attempt was graded against the current key already.");
  const grade = gradeCoding(chartCase.key, attemptAnswerFromStored(original.answer, `coding attempt ${original.id}`));
  const idempotencyKey = regradeKey(original.id, chartCase.version);
  try {
    return await db.$transaction(async (tx) => {
      const previous = await tx.codingAttempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: { id: true, score: true } });
      if (previous) return previous;
      return tx.codingAttempt.create({
        data: {
          userId,
          caseId: chartCase.id,
          caseVersion: chartCase.version,
          idempotencyKey,
          answer: original.answer as Prisma.InputJsonValue,
          grade: grade as unknown as Prisma.InputJsonValue,
          score: grade.score,
          durationSeconds: original.durationSeconds,
          createdAt: now,
        },
        select: { id: true, score: true },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.codingAttempt.findUniqueOrThrow({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: { id: true, score: true } });
    }
    throw error;
  }
}
