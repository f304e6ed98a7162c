import type { ChartCase } from "@/lib/content/schemas";
import type { Guide, Lesson } from "@/lib/content/load-guide";
import { familiesOfCase } from "@/lib/practice/case-catalog";
import { statusOf, type CaseStanding } from "@/lib/practice/case-standing";
import { memoizeByObject } from "@/lib/content/memoize-by-object";

// What a study plan can schedule: the charts and lessons that exist, each with the learner's standing and an
// estimate of its time taken from the content itself.

/** Words per minute for reading a chart closely enough to code it (clinical text, read for detail). */
export const CHART_READING_WPM = 130;
/** Minutes to find, check and enter one line of the answer key (a code, its modifiers, units and pointers). */
export const MINUTES_PER_CODED_LINE = 2;
/** Minutes to read the feedback and rationales after grading. */
export const FEEDBACK_MINUTES = 3;
/** Words per minute for a guide lesson (plain explanatory prose). */
export const LESSON_READING_WPM = 200;
/** Minutes per knowledge-check question. */
export const MINUTES_PER_CHECK_ITEM = 1;

export type PlanCase = { id: string; title: string; familyKeys: string[]; minutes: number; status: "new" | "attempted" | "mastered"; bestScore?: number };
export type PlanLesson = { moduleSlug: string; slug: string; title: string; minutes: number; completed: boolean };
export type PlanContent = { cases: PlanCase[]; lessons: PlanLesson[] };

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

/** Reading the chart, coding each key line, then reading the feedback; rounded up to 5 minutes. */
export const estimateCaseMinutes = memoizeByObject((chartCase: Pick<ChartCase, "documents" | "key">): number => {
  const words = chartCase.documents.reduce((sum, document) => sum + wordCount(document.text), 0);
  const lines = chartCase.key.diagnoses.length + chartCase.key.procedures.length;
  const minutes = words / CHART_READING_WPM + lines * MINUTES_PER_CODED_LINE + FEEDBACK_MINUTES;
  return Math.max(5, Math.ceil(minutes / 5) * 5);
});

/** Reading the lesson's text (markup left out) and answering its knowledge check; whole minutes. */
export const estimateLessonMinutes = memoizeByObject((lesson: Pick<Lesson, "body" | "quiz">): number => {
  const prose = lesson.body.replace(/<[^>]+>/g, " ").replace(/\{[^}]*\}/g, " ");
  return Math.max(3, Math.ceil(wordCount(prose) / LESSON_READING_WPM + lesson.quiz.items.length * MINUTES_PER_CHECK_ITEM));
});

export function buildPlanContent(input: {
  cases: ChartCase[];
  guide: Pick<Guide, "modules">;
  standings: Map<string, CaseStanding>;
  completedLessons: ReadonlySet<string>;
}): PlanContent {
  return {
    cases: input.cases.map((chartCase) => {
      const standing = input.standings.get(chartCase.id);
      const status = statusOf(standing);
      return {
        id: chartCase.id,
        title: chartCase.title,
        familyKeys: familiesOfCase(chartCase).map((family) => family.key),
        minutes: estimateCaseMinutes(chartCase),
        status,
        ...(standing && { bestScore: standing.bestScore }),
      };
    }),
    lessons: input.guide.modules.flatMap((guideModule) =>
      guideModule.lessons.map((lesson) => ({
        moduleSlug: guideModule.slug,
        slug: lesson.slug,
        title: lesson.title,
        minutes: estimateLessonMinutes(lesson),
        completed: input.completedLessons.has(lesson.slug),
      })),
    ),
  };
}
