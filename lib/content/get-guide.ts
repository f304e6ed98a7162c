import { loadGuide, type Guide, type Lesson } from "@/lib/content/load-guide";

let cached: Guide | undefined;

/** The validated guide, read from content/ once per process. */
export function getGuide(): Guide {
  cached ??= loadGuide();
  return cached;
}

export type LessonLocation = {
  lesson: Lesson;
  moduleSlug: string;
  moduleTitle: string;
  previous?: { moduleSlug: string; slug: string; title: string };
  next?: { moduleSlug: string; slug: string; title: string };
};

/** A lesson with its neighbours in reading order across the whole guide, or undefined. */
export function findLesson(moduleSlug: string, lessonSlug: string, guide = getGuide()): LessonLocation | undefined {
  const sequence = guide.modules.flatMap((guideModule) =>
    guideModule.lessons.map((lesson) => ({ lesson, moduleSlug: guideModule.slug, moduleTitle: guideModule.title })),
  );
  const index = sequence.findIndex((entry) => entry.moduleSlug === moduleSlug && entry.lesson.slug === lessonSlug);
  if (index === -1) return undefined;
  const link = (entry: (typeof sequence)[number] | undefined) =>
    entry && { moduleSlug: entry.moduleSlug, slug: entry.lesson.slug, title: entry.lesson.title };
  return { ...sequence[index]!, previous: link(sequence[index - 1]), next: link(sequence[index + 1]) };
}

export function findLessonBySlug(lessonSlug: string, guide = getGuide()) {
  for (const guideModule of guide.modules) {
    const lesson = guideModule.lessons.find((candidate) => candidate.slug === lessonSlug);
    if (lesson) return { lesson, moduleSlug: guideModule.slug };
  }
  return undefined;
}
