import type { Database } from "@/lib/db/client";
import { findLessonBySlug, getGuide } from "@/lib/content/get-guide";

export type LessonStanding = { completed: boolean; bestScore: number; attemptCount: number };

/** Notes that the learner opened a lesson (for "resume where I left off") and returns their standing on it. */
export async function recordLessonVisit(db: Database, userId: string, lessonSlug: string): Promise<LessonStanding | null> {
  const found = findLessonBySlug(lessonSlug);
  if (!found) return null;
  const progress = await db.lessonProgress.upsert({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    create: { userId, lessonSlug, moduleSlug: found.moduleSlug },
    update: { lastVisitedAt: new Date() },
  });
  return { completed: progress.completedAt !== null, bestScore: progress.bestScore, attemptCount: progress.attemptCount };
}

export type GuideProgress = {
  lessons: Map<string, LessonStanding>;
  resume?: { moduleSlug: string; lessonSlug: string; title: string };
};

/** The learner's standing on every lesson, and the lesson to resume: the last one opened that is not complete. */
export async function getGuideProgress(db: Database, userId: string): Promise<GuideProgress> {
  const rows = await db.lessonProgress.findMany({ where: { userId }, orderBy: { lastVisitedAt: "desc" } });
  const lessons = new Map(
    rows.map((row) => [row.lessonSlug, { completed: row.completedAt !== null, bestScore: row.bestScore, attemptCount: row.attemptCount }]),
  );
  const last = rows.find((row) => findLessonBySlug(row.lessonSlug));
  if (!last) return { lessons };
  const guide = getGuide();
  const sequence = guide.modules.flatMap((guideModule) =>
    guideModule.lessons.map((lesson) => ({ moduleSlug: guideModule.slug, lessonSlug: lesson.slug, title: lesson.title })),
  );
  // A finished lesson resumes at the next unfinished one after it.
  const start = sequence.findIndex((entry) => entry.lessonSlug === last.lessonSlug);
  const resume = [...sequence.slice(start), ...sequence.slice(0, start)].find((entry) => !lessons.get(entry.lessonSlug)?.completed);
  return { lessons, resume };
}
