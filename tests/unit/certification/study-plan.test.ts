import { describe, expect, it } from "vitest";
import { assessReadiness, type LearnerMastery } from "@/lib/certification/readiness";
import { buildWeeklyPlan, DEFAULT_PLAN_WEEKS, rankSkillsByGap } from "@/lib/certification/study-plan";
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
const family = (key: string, earned: number, possible: number): FamilyAccuracy => ({ family: { key, label: key, kind: "cpt-section" }, earned, possible, accuracy: earned / possible });
const mastery = (families: FamilyAccuracy[] = [], done = 0): LearnerMastery => ({ families, modules: [{ slug: "code-sets", title: "The Code Sets", lessonsTotal: 3, lessonsCompleted: done }], casesAttempted: 0 });
const fresh = assessReadiness(credential, mastery());
const today = "2026-03-02";

describe("buildWeeklyPlan", () => {
  it("plans one week per seven days up to the exam, the last ending on exam day", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-04-12", today });
    expect(plan.status).toBe("scheduled");
    expect(plan.daysLeft).toBe(41);
    expect(plan.weeks).toHaveLength(6);
    expect(plan.weeks[0]).toMatchObject({ number: 1, start: "2026-03-02", end: "2026-03-08" });
    expect(plan.weeks.at(-1)).toMatchObject({ start: "2026-04-06", end: "2026-04-12", kind: "exam" });
    expect(plan.message).toBe("6 weeks to your exam on 2026-04-12, weakest skills first.");
  });

  it("ends with a review week and a timed practice exam week when six or more weeks remain", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-04-12", today });
    expect(plan.weeks.map((week) => week.kind)).toEqual(["study", "study", "study", "study", "review", "exam"]);
    const last = plan.weeks.at(-1)!;
    expect(last.focus).toBe("Timed practice exam and final review");
    expect(last.tasks.map((task) => task.kind)).toEqual(["timed-practice", "review", "logistics"]);
  });

  it("starts with the skills that leave the most points on the table", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-surgery", 10, 10)]));
    expect(rankSkillsByGap(readiness.skills).map((skill) => skill.id)).toEqual(["diagnoses", "rules", "modifiers", "surgery"]);
    const plan = buildWeeklyPlan({ readiness, examDate: "2026-04-12", today });
    expect(plan.weeks[0]!.focusSkillIds).toEqual(["diagnoses", "rules"]);
    expect(plan.weeks[1]!.focusSkillIds).toEqual(["modifiers", "diagnoses"]);
    expect(plan.weeks.flatMap((week) => (week.kind === "study" ? week.focusSkillIds : []))).not.toContain("surgery");
  });

  it("rotates through every unmastered skill", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-06-01", today });
    const focused = new Set(plan.weeks.filter((week) => week.kind === "study").flatMap((week) => week.focusSkillIds));
    expect([...focused].sort()).toEqual(["diagnoses", "modifiers", "rules", "surgery"]);
  });

  it("links tasks to practice by family, to guide modules and to the code lookup", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-04-12", today });
    const hrefs = plan.weeks.flatMap((week) => week.tasks.map((task) => task.href)).filter(Boolean);
    expect(hrefs).toContain("/practice?family=cpt-surgery");
    expect(hrefs).toContain("/practice?family=icd10cm");
    expect(hrefs).toContain("/guide/code-sets");
    expect(hrefs).toContain("/codes");
  });

  it("fits the study time to the hours a week given", () => {
    for (const hoursPerWeek of [3, 6, 10]) {
      const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-04-12", today, hoursPerWeek });
      const total = plan.weeks[0]!.tasks.reduce((sum, task) => sum + task.minutes, 0);
      expect(Math.abs(total - hoursPerWeek * 60)).toBeLessThanOrEqual(30);
    }
  });

  it("gives a six-week default plan when there is no exam date, and says so", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, today });
    expect(plan.status).toBe("default");
    expect(plan.weeks).toHaveLength(DEFAULT_PLAN_WEEKS);
    expect(plan.examDate).toBeUndefined();
    expect(plan.message).toMatch(/No exam date yet, so this is a 6-week plan/);
  });

  it("says clearly when the exam date has passed, with no weeks", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-02-20", today });
    expect(plan).toMatchObject({ status: "past", weeks: [], daysLeft: -10 });
    expect(plan.message).toMatch(/Your exam date \(2026-02-20\) has passed/);
  });

  it.each([
    ["2026-03-02", "today"],
    ["2026-03-03", "tomorrow"],
    ["2026-03-06", "in 4 days"],
  ])("gives a short final-review plan when the exam is under a week away (%s)", (examDate, when) => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate, today });
    expect(plan.status).toBe("imminent");
    expect(plan.message).toContain(`Your exam is ${when}.`);
    expect(plan.weeks).toHaveLength(1);
    expect(plan.weeks[0]).toMatchObject({ kind: "exam", start: today, end: examDate, focus: "Final days: review, not new material" });
  });

  it("treats exactly a week away as a two-week plan ending on exam day", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2026-03-09", today });
    expect(plan.status).toBe("scheduled");
    expect(plan.weeks.map((week) => [week.start, week.end, week.kind])).toEqual([
      ["2026-03-02", "2026-03-08", "study"],
      ["2026-03-09", "2026-03-09", "exam"],
    ]);
  });

  it("keeps reviewing everything once every skill is mastered", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-surgery", 5, 5), family("icd10cm-19", 5, 5), family("modifiers", 5, 5)], 3));
    const plan = buildWeeklyPlan({ readiness, examDate: "2026-04-12", today });
    expect(plan.weeks[0]!.focusSkillIds.length).toBe(2);
    expect(plan.weeks[0]!.tasks.length).toBeGreaterThan(1);
  });

  it("shows at most a year of weeks for a far-off exam, and says so", () => {
    const plan = buildWeeklyPlan({ readiness: fresh, examDate: "2028-03-01", today });
    expect(plan.weeks).toHaveLength(52);
    expect(plan.weeks.every((week) => week.kind === "study")).toBe(true);
    expect(plan.message).toMatch(/more than 52 weeks away/);
  });
});
