import { describe, expect, it } from "vitest";
import { getCredentials } from "@/lib/certification/load-credentials";
import {
  buildPlanContent,
  CHART_READING_WPM,
  estimateCaseMinutes,
  estimateLessonMinutes,
  FEEDBACK_MINUTES,
  MINUTES_PER_CODED_LINE,
} from "@/lib/certification/plan-content";
import { assessReadiness } from "@/lib/certification/readiness";
import { buildWeeklyPlan } from "@/lib/certification/study-plan";
import { getGuide } from "@/lib/content/get-guide";
import { findCase, getCases } from "@/lib/practice/case-catalog";

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(" ");

describe("content time estimates", () => {
  it("a chart takes its reading time, two minutes a key line and the feedback, rounded up to 5 minutes", () => {
    const chartCase = {
      documents: [{ kind: "visit-note" as const, title: "Note", text: words(CHART_READING_WPM * 4) }],
      key: { diagnoses: [{}, {}], procedures: [{}] },
    } as unknown as Parameters<typeof estimateCaseMinutes>[0];
    // 4 min reading + 3 lines × 2 + 3 min feedback = 13 → 15.
    expect(4 + 3 * MINUTES_PER_CODED_LINE + FEEDBACK_MINUTES).toBe(13);
    expect(estimateCaseMinutes(chartCase)).toBe(15);
  });

  it("a lesson takes its words at 200 a minute plus a minute a question, ignoring markup", () => {
    const lesson = { body: `<Figure id="x" />\n${words(1000)}\n{facts.something}`, quiz: { items: [{}, {}, {}] } } as unknown as Parameters<
      typeof estimateLessonMinutes
    >[0];
    expect(estimateLessonMinutes(lesson)).toBe(8);
  });

  it("longer charts take longer", () => {
    const cases = getCases();
    const byWords = [...cases].sort((a, b) => a.documents.map((d) => d.text).join(" ").length - b.documents.map((d) => d.text).join(" ").length);
    expect(estimateCaseMinutes(byWords.at(-1)!)).toBeGreaterThanOrEqual(estimateCaseMinutes(byWords[0]!));
  });
});

describe("a plan from the real library", () => {
  it("for a newcomer aiming at the CPC, schedules real charts and lessons only, each once", () => {
    const cpc = getCredentials().byCode.get("cpc")!;
    const content = buildPlanContent({ cases: getCases(), guide: getGuide(), standings: new Map(), completedLessons: new Set() });
    const readiness = assessReadiness(cpc, { families: [], modules: [], casesAttempted: 0 });
    const plan = buildWeeklyPlan({ readiness, content, examDate: "2027-02-05", today: "2026-11-28" });
    const tasks = plan.weeks.flatMap((week) => week.tasks);
    const charts = tasks.filter((task) => task.kind === "practice" || task.kind === "timed-practice");
    expect(charts.length).toBeGreaterThan(10);
    for (const task of charts) expect(findCase(task.href!.replace("/practice/", "")), task.href).toBeDefined();
    const lessonSlugs = new Set(getGuide().modules.flatMap((module) => module.lessons.map((lesson) => `/guide/${module.slug}/${lesson.slug}`)));
    for (const task of tasks.filter((entry) => entry.kind === "lesson")) expect(lessonSlugs.has(task.href!), task.href).toBe(true);
    const hrefs = [...charts, ...tasks.filter((entry) => entry.kind === "lesson")].map((task) => task.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const firstWeeks = plan.weeks.slice(0, 4).map((week) => week.tasks.map((task) => task.href).join());
    expect(new Set(firstWeeks).size).toBe(firstWeeks.length);
  });
});
