import { describe, expect, it } from "vitest";
import type { PlanCase, PlanContent } from "@/lib/certification/plan-content";
import { assessReadiness, type LearnerMastery } from "@/lib/certification/readiness";
import {
  buildWeeklyPlan,
  DEFAULT_PLAN_WEEKS,
  LOOKUP_MINUTES_PER_CHART,
  rankSkillsByGap,
  TIMED_SET_CHARTS,
  type StudyPlan,
} from "@/lib/certification/study-plan";
import type { CredentialSkill } from "@/lib/certification/schemas";
import type { FamilyAccuracy } from "@/lib/coding/code-family";

const credential = {
  code: "cpc",
  skills: [
    { id: "surgery", label: "CPT Surgery", weight: 0.4, families: ["cpt-surgery"] },
    { id: "diagnoses", label: "Diagnoses", weight: 0.3, families: ["icd10cm-*"] },
    { id: "modifiers", label: "Modifiers", weight: 0.1, families: ["modifiers"] },
    { id: "rules", label: "Coding rules", weight: 0.2, modules: ["code-sets"] },
  ] satisfies CredentialSkill[],
};
const family = (key: string, earned: number, possible: number): FamilyAccuracy => ({
  family: { key, label: key, kind: "cpt-section" },
  earned,
  possible,
  accuracy: earned / possible,
});
const mastery = (families: FamilyAccuracy[] = [], done = 0): LearnerMastery => ({
  families,
  modules: [{ slug: "code-sets", title: "The Code Sets", lessonsTotal: 3, lessonsCompleted: done }],
  casesAttempted: 0,
});
const fresh = assessReadiness(credential, mastery());
const today = "2026-03-02";

const chart = (id: string, familyKeys: string[], minutes = 20, status: PlanCase["status"] = "new", bestScore?: number): PlanCase => ({
  id,
  title: `Chart ${id}`,
  familyKeys,
  minutes,
  status,
  ...(bestScore !== undefined && { bestScore }),
});
/** A small library: 12 charts over surgery, diagnoses and modifiers, and three lessons. */
function library(overrides: Partial<Record<string, Partial<PlanCase>>> = {}): PlanContent {
  const cases = [
    ...Array.from({ length: 5 }, (_, index) => chart(`knee-${index + 1}`, ["icd10cm-19", "cpt-surgery", "modifiers"], 25)),
    ...Array.from({ length: 5 }, (_, index) => chart(`visit-${index + 1}`, ["icd10cm-10", "cpt-evaluation-and-management"], 15)),
    chart("derm-1", ["icd10cm-12", "cpt-surgery"], 20),
    chart("ambulance-1", ["icd10cm-19", "hcpcs-A", "modifiers"], 30),
  ].map((entry) => ({ ...entry, ...overrides[entry.id] }));
  const lessons = ["icd", "cpt", "hcpcs"].map((slug) => ({ moduleSlug: "code-sets", slug, title: `Lesson ${slug}`, minutes: 8, completed: false }));
  return { cases, lessons };
}
const plan = (input: Partial<Parameters<typeof buildWeeklyPlan>[0]> = {}) =>
  buildWeeklyPlan({ readiness: fresh, content: library(), examDate: "2026-04-12", today, ...input });
const tasks = (result: StudyPlan) => result.weeks.flatMap((week) => week.tasks);

describe("buildWeeklyPlan", () => {
  it("plans one week per seven days up to the exam, the last ending on exam day", () => {
    const result = plan();
    expect(result.status).toBe("scheduled");
    expect(result.daysLeft).toBe(41);
    expect(result.weeks[0]).toMatchObject({ number: 1, start: "2026-03-02", end: "2026-03-08" });
    expect(result.weeks.at(-1)).toMatchObject({ number: 6, start: "2026-04-06", end: "2026-04-12", kind: "exam" });
    expect(result.message).toBe("6 weeks to your exam on 2026-04-12, weakest skills first.");
  });

  it("schedules only charts and lessons that exist, each once, and never a practice exam Chartwise does not have", () => {
    const content = library();
    const result = plan({ content });
    const ids = new Set(content.cases.map((entry) => `/practice/${entry.id}`));
    const lessonHrefs = new Set(content.lessons.map((lesson) => `/guide/${lesson.moduleSlug}/${lesson.slug}`));
    const scheduled = tasks(result).filter((task) => task.kind === "practice" || task.kind === "timed-practice" || task.kind === "lesson");
    for (const task of scheduled) expect(ids.has(task.href!) || lessonHrefs.has(task.href!), task.href).toBe(true);
    const hrefs = scheduled.map((task) => task.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(JSON.stringify(result)).not.toMatch(/full (timed )?practice exam/i);
  });

  it("takes each task's time from the content's own length", () => {
    const content = library({ "knee-1": { minutes: 45 } });
    const result = plan({ content });
    const knee = tasks(result).find((task) => task.href === "/practice/knee-1")!;
    expect(knee.minutes).toBe(45);
    for (const week of result.weeks) expect(week.minutes).toBe(week.tasks.reduce((sum, task) => sum + task.minutes, 0));
    const study = result.weeks[0]!;
    const charts = study.tasks.filter((task) => task.kind === "practice").length;
    expect(study.tasks.find((task) => task.kind === "lookup")?.minutes).toBe(charts * LOOKUP_MINUTES_PER_CHART);
  });

  it("does not repeat weeks: no two study weeks share a chart or a lesson, and spare weeks become one catch-up block", () => {
    const result = plan({ examDate: "2026-06-28" }); // 17 weeks for about 5 hours of material
    const studyWeeks = result.weeks.filter((week) => week.kind === "study");
    const seen = new Set<string>();
    for (const week of studyWeeks) {
      for (const task of week.tasks.filter((entry) => entry.kind !== "lookup")) {
        expect(seen.has(task.href!), `${task.href} twice`).toBe(false);
        seen.add(task.href!);
      }
    }
    const block = result.weeks.find((week) => week.lastNumber !== undefined)!;
    expect(block).toMatchObject({ kind: "review", focus: expect.stringMatching(/no new material left/) });
    expect(block.lastNumber).toBe(15);
    expect(result.weeks.at(-2)).toMatchObject({ number: 16, kind: "review" });
    expect(result.weeks.at(-1)).toMatchObject({ number: 17, kind: "exam" });
  });

  it("keeps charts back, unseen, for a timed set in the exam week", () => {
    const result = plan();
    const timed = result.weeks.at(-1)!.tasks.filter((task) => task.kind === "timed-practice");
    expect(timed).toHaveLength(TIMED_SET_CHARTS);
    const studied = new Set(result.weeks.slice(0, -1).flatMap((week) => week.tasks.map((task) => task.href)));
    for (const task of timed) expect(studied.has(task.href)).toBe(false);
    expect(
      result.weeks
        .at(-1)!
        .tasks.map((task) => task.kind)
        .slice(-2),
    ).toEqual(["review", "logistics"]);
  });

  it("leaves out mastered charts and completed lessons, and retries attempted charts after new ones", () => {
    const content = library({ "knee-1": { status: "mastered", bestScore: 95 }, "knee-2": { status: "attempted", bestScore: 60 } });
    content.lessons[0]!.completed = true;
    const hrefs = tasks(plan({ content })).map((task) => task.href);
    expect(hrefs).not.toContain("/practice/knee-1");
    expect(hrefs).not.toContain("/guide/code-sets/icd");
    const knee2 = tasks(plan({ content })).find((task) => task.href === "/practice/knee-2")!;
    expect(knee2.detail).toMatch(/best so far 60%/);
  });

  it("starts with the skills that leave the most points on the table", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-surgery", 10, 10)]));
    expect(rankSkillsByGap(readiness.skills).map((skill) => skill.id)).toEqual(["diagnoses", "rules", "modifiers", "surgery"]);
    const result = plan({ readiness });
    expect(result.weeks[0]!.focusSkillIds[0]).toBe("diagnoses");
    expect(result.weeks.flatMap((week) => (week.kind === "study" ? week.focusSkillIds : []))).not.toContain("surgery");
  });

  it("holds a week to the hours given and says what does not fit", () => {
    const result = plan({ hoursPerWeek: 1 });
    for (const week of result.weeks.filter((entry) => entry.kind === "study")) expect(week.minutes).toBeLessThanOrEqual(60 + 30);
    expect(result.unscheduled.charts + result.unscheduled.lessons).toBeGreaterThan(0);
    expect(result.message).toMatch(/At 1 hours a week, \d+ charts? and \d+ lessons? \(about \d+ hours\) do not fit before the exam\./);
    expect(plan({ hoursPerWeek: 10 }).unscheduled).toEqual({ charts: 0, lessons: 0, minutes: 0 });
  });

  it("gives a six-week default plan when there is no exam date, and says so", () => {
    const result = plan({ examDate: undefined });
    expect(result.status).toBe("default");
    expect(result.weeks.at(-1)!.number).toBe(DEFAULT_PLAN_WEEKS);
    expect(result.examDate).toBeUndefined();
    expect(result.message).toMatch(/No exam date yet, so this is a 6-week plan/);
  });

  it("says clearly when the exam date has passed, with no weeks", () => {
    const result = plan({ examDate: "2026-02-20" });
    expect(result).toMatchObject({ status: "past", weeks: [], daysLeft: -10 });
    expect(result.message).toMatch(/Your exam date \(2026-02-20\) has passed/);
  });

  it.each([
    ["2026-03-02", "today"],
    ["2026-03-03", "tomorrow"],
    ["2026-03-06", "in 4 days"],
  ])("gives a short final-review plan when the exam is under a week away (%s)", (examDate, when) => {
    const result = plan({ examDate });
    expect(result.status).toBe("imminent");
    expect(result.message).toContain(`Your exam is ${when}.`);
    expect(result.weeks).toHaveLength(1);
    expect(result.weeks[0]).toMatchObject({ kind: "exam", start: today, end: examDate, focus: "Final days: review, not new material" });
  });

  it("treats exactly a week away as a two-week plan ending on exam day", () => {
    const result = plan({ examDate: "2026-03-09" });
    expect(result.status).toBe("scheduled");
    expect(result.weeks.map((week) => [week.start, week.end, week.kind])).toEqual([
      ["2026-03-02", "2026-03-08", "study"],
      ["2026-03-09", "2026-03-09", "exam"],
    ]);
  });

  it("when every skill is mastered, says there is nothing new instead of inventing work", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-surgery", 5, 5), family("icd10cm-19", 5, 5), family("modifiers", 5, 5)], 3));
    const result = plan({ readiness });
    expect(result.weeks[0]).toMatchObject({ kind: "review", number: 1, lastNumber: 4 });
    expect(tasks(result).filter((task) => task.kind === "practice" || task.kind === "lesson")).toEqual([]);
  });

  it("covers at most a year for a far-off exam, and says so", () => {
    const result = plan({ examDate: "2028-03-01" });
    expect(result.weeks.at(-1)!.lastNumber ?? result.weeks.at(-1)!.number).toBe(52);
    expect(result.weeks.some((week) => week.kind === "exam")).toBe(false);
    expect(result.message).toMatch(/more than 52 weeks away/);
  });
});
