"use server";

import { revalidatePath } from "next/cache";
import { slug } from "@/lib/validation/fields";
import { action } from "@/app/_lib/action";
import { findLessonBySlug } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { gradeKnowledgeCheck } from "@/lib/guide/grade-knowledge-check";
import { recordLessonVisit } from "@/lib/guide/guide-progress";
import { submitKnowledgeCheck, SubmitKnowledgeCheckSchema, type KnowledgeCheckOutcome } from "@/lib/guide/submit-knowledge-check";

export type CheckResult = KnowledgeCheckOutcome & { saved: boolean };

/** Grades a knowledge check; for a signed-in learner the attempt and the lesson's completion are saved. */
export const checkKnowledge = action(
  SubmitKnowledgeCheckSchema,
  { signedIn: false, invalidMessage: "Those answers could not be read. Reload the page and try again." },
  async (input, user): Promise<CheckResult> => {
    if (user) {
      const outcome = await submitKnowledgeCheck(await getDatabase(), user.id, input);
      revalidatePath("/guide");
      return { ...outcome, saved: true };
    }
    const found = findLessonBySlug(input.lessonSlug);
    if (!found) throw new DomainError("NOT_FOUND", "That lesson does not exist.");
    const result = gradeKnowledgeCheck(found.lesson.quiz, input.answers);
    return { ...result, completed: result.passed, attemptCount: 1, bestScore: result.score, saved: false };
  },
);

const LessonSlugSchema = slug("That lesson does not exist.");

/** Records that the signed-in learner opened a lesson and returns their standing on it. */
export const openLesson = action(LessonSlugSchema, {}, async (lessonSlug, user) => recordLessonVisit(await getDatabase(), user.id, lessonSlug));
