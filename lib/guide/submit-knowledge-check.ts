import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findLessonBySlug, getGuide } from "@/lib/content/get-guide";
import type { Guide } from "@/lib/content/load-guide";
import { gradeKnowledgeCheck, KnowledgeCheckAnswersSchema, type KnowledgeCheckResult } from "@/lib/guide/grade-knowledge-check";
import { knowledgeCheckResultFromStored } from "@/lib/guide/stored-knowledge-check";
import { IdempotencyKeySchema, slug } from "@/lib/validation/fields";

export const SubmitKnowledgeCheckSchema = z.strictObject({
  lessonSlug: slug("Unknown lesson."),
  idempotencyKey: IdempotencyKeySchema,
  answers: KnowledgeCheckAnswersSchema,
});
export type SubmitKnowledgeCheckInput = z.infer<typeof SubmitKnowledgeCheckSchema>;

export type KnowledgeCheckOutcome = KnowledgeCheckResult & { completed: boolean; attemptCount: number; bestScore: number };

/**
 * Grades and stores one knowledge-check attempt and updates the learner's standing on the lesson, in one
 * transaction. The same idempotency key twice (a double click, a retry) returns the first attempt's result.
 */
export async function submitKnowledgeCheck(
  db: Database,
  userId: string,
  input: SubmitKnowledgeCheckInput,
  guide: Guide = getGuide(),
): Promise<KnowledgeCheckOutcome> {
  const found = findLessonBySlug(input.lessonSlug, guide);
  if (!found) throw new DomainError("NOT_FOUND", "That lesson does not exist.");
  const result = gradeKnowledgeCheck(found.lesson.quiz, input.answers);

  const record = async () =>
    db.$transaction(async (tx) => {
      const previous = await tx.quizAttempt.findUnique({
        where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
      });
      if (previous) {
        if (previous.lessonSlug !== input.lessonSlug) throw new DomainError("CONFLICT", "That submission key was already used for another lesson.");
        const progress = await tx.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId, lessonSlug: input.lessonSlug } } });
        return {
          ...knowledgeCheckResultFromStored(previous.results, previous, `quiz attempt ${previous.id}`),
          completed: progress.completedAt !== null,
          attemptCount: progress.attemptCount,
          bestScore: progress.bestScore,
        };
      }
      await tx.quizAttempt.create({
        data: {
          userId,
          lessonSlug: input.lessonSlug,
          idempotencyKey: input.idempotencyKey,
          answers: input.answers,
          results: result as unknown as Prisma.InputJsonValue,
          score: result.score,
          passed: result.passed,
        },
      });
      const existing = await tx.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId, lessonSlug: input.lessonSlug } } });
      const progress = await tx.lessonProgress.upsert({
        where: { userId_lessonSlug: { userId, lessonSlug: input.lessonSlug } },
        create: {
          userId,
          lessonSlug: input.lessonSlug,
          moduleSlug: found.moduleSlug,
          attemptCount: 1,
          bestScore: result.score,
          completedAt: result.passed ? new Date() : null,
        },
        update: {
          attemptCount: { increment: 1 },
          bestScore: Math.max(existing?.bestScore ?? 0, result.score),
          ...(result.passed && !existing?.completedAt ? { completedAt: new Date() } : {}),
        },
      });
      return { ...result, completed: progress.completedAt !== null, attemptCount: progress.attemptCount, bestScore: progress.bestScore };
    });

  try {
    return await record();
  } catch (error) {
    // Two submits with the same key racing: the unique index lets one in; the other reads its result.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return record();
    throw error;
  }
}
