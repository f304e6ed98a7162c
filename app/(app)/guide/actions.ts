"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDatabase } from "@/lib/db/client";
import { recordLessonVisit, type LessonStanding } from "@/lib/guide/guide-progress";
import { submitKnowledgeCheck, SubmitKnowledgeCheckSchema, type KnowledgeCheckOutcome } from "@/lib/guide/submit-knowledge-check";
import { gradeKnowledgeCheck } from "@/lib/guide/grade-knowledge-check";
import { findLessonBySlug } from "@/lib/content/get-guide";
import { domainErrorResult, type ActionResult } from "@/lib/result";

export type CheckResult = KnowledgeCheckOutcome & { saved: boolean };

/** Grades a knowledge check; for a signed-in learner the attempt and the lesson's completion are saved. */
export async function checkKnowledge(input: unknown): Promise<ActionResult<CheckResult>> {
  const parsed = SubmitKnowledgeCheckSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Those answers could not be read. Reload the page and try again." };
  const user = await getCurrentUser();
  try {
    if (!user) {
      const found = findLessonBySlug(parsed.data.lessonSlug);
      if (!found) return { ok: false, message: "That lesson does not exist." };
      const result = gradeKnowledgeCheck(found.lesson.quiz, parsed.data.answers);
      return { ok: true, data: { ...result, completed: result.passed, attemptCount: 1, bestScore: result.score, saved: false } };
    }
    const outcome = await submitKnowledgeCheck(await getDatabase(), user.id, parsed.data);
    revalidatePath("/guide");
    return { ok: true, data: { ...outcome, saved: true } };
  } catch (error) {
    return domainErrorResult(error);
  }
}

/** Records that the signed-in learner opened a lesson and returns their standing on it (null when signed out). */
export async function openLesson(lessonSlug: unknown): Promise<LessonStanding | null> {
  if (typeof lessonSlug !== "string" || !/^[a-z0-9-]{1,100}$/.test(lessonSlug)) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  return recordLessonVisit(await getDatabase(), user.id, lessonSlug);
}
