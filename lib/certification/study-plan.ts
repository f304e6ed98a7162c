import type { Readiness, SkillReadiness } from "@/lib/certification/readiness";

export type PlanTask = { kind: "practice" | "lesson" | "lookup" | "timed-practice" | "review" | "logistics"; title: string; detail: string; href?: string; minutes: number };

export type PlanWeek = {
  /** 1-based. */
  number: number;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  kind: "study" | "review" | "exam";
  focus: string;
  focusSkillIds: string[];
  tasks: PlanTask[];
};

export type StudyPlan = {
  /** scheduled: fitted to the exam date; default: no date, a six-week plan; imminent: under a week; past: the date has gone. */
  status: "scheduled" | "default" | "imminent" | "past";
  message: string;
  examDate?: string;
  daysLeft?: number;
  hoursPerWeek: number;
  weeks: PlanWeek[];
};

export type WeeklyPlanInput = {
  readiness: Readiness;
  /** YYYY-MM-DD, or undefined when the learner has not set one. */
  examDate?: string;
  /** YYYY-MM-DD in the learner's calendar. */
  today: string;
  hoursPerWeek?: number;
};

export const DEFAULT_PLAN_WEEKS = 6;
export const DEFAULT_HOURS_PER_WEEK = 6;
const MAX_WEEKS = 52;
const DAY = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => toDate(toTime(date) + days * DAY);
const roundMinutes = (minutes: number) => Math.max(15, Math.round(minutes / 15) * 15);

/** Skills by how many points they leave on the table (weight × what is not yet mastered), largest first. */
export function rankSkillsByGap(skills: SkillReadiness[]): SkillReadiness[] {
  return [...skills].sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || b.weight - a.weight || a.id.localeCompare(b.id));
}

function skillTasks(skill: SkillReadiness, minutes: number): PlanTask[] {
  const links = skill.links.slice(0, 2);
  const each = roundMinutes(minutes / links.length);
  return links.map((link) =>
    link.kind === "module"
      ? { kind: "lesson", title: `Finish the lessons in “${link.label}”`, detail: `Read each lesson and pass its knowledge check (skill: ${skill.label}).`, href: link.href, minutes: each }
      : link.kind === "practice"
        ? { kind: "practice", title: `Work denials on the ${link.label}`, detail: `Find the root cause, resolve each claim and read the payer's answer (skill: ${skill.label}).`, href: link.href, minutes: each }
        : { kind: "practice", title: `Code charts in ${link.label}`, detail: `Code whole charts, then read the rationale for every line you missed (skill: ${skill.label}).`, href: link.href, minutes: each },
  );
}

function lookupTask(minutes: number): PlanTask {
  return { kind: "lookup", title: "Look up every code you missed", detail: "Open each missed code in the code lookup, read its notes and neighbours, and tab it in your code book.", href: "/codes", minutes: roundMinutes(minutes) };
}

function studyWeek(number: number, start: string, end: string, focus: SkillReadiness[], minutes: number): PlanWeek {
  const perSkill = (minutes * 0.8) / focus.length;
  return {
    number,
    start,
    end,
    kind: "study",
    focus: focus.map((skill) => skill.label).join(" · "),
    focusSkillIds: focus.map((skill) => skill.id),
    tasks: [...focus.flatMap((skill) => skillTasks(skill, perSkill)), lookupTask(minutes * 0.2)],
  };
}

function reviewWeek(number: number, start: string, end: string, weakest: SkillReadiness[], minutes: number): PlanWeek {
  return {
    number,
    start,
    end,
    kind: "review",
    focus: "Mixed review under time",
    focusSkillIds: weakest.map((skill) => skill.id),
    tasks: [
      { kind: "timed-practice", title: "A timed mixed set of charts", detail: "Code a mixed set of charts against the clock, without stopping to study between them.", href: "/practice", minutes: roundMinutes(minutes * 0.5) },
      ...weakest.slice(0, 1).flatMap((skill) => skillTasks(skill, minutes * 0.3)),
      lookupTask(minutes * 0.2),
    ],
  };
}

function examWeek(number: number, start: string, end: string, weakest: SkillReadiness[], minutes: number, short: boolean): PlanWeek {
  return {
    number,
    start,
    end,
    kind: "exam",
    focus: short ? "Final days: review, not new material" : "Timed practice exam and final review",
    focusSkillIds: weakest.map((skill) => skill.id),
    tasks: [
      {
        kind: "timed-practice",
        title: short ? "One timed practice set" : "A full timed practice exam",
        detail: "Work under exam conditions with only the code books you will be allowed, then review every miss.",
        href: "/practice",
        minutes: roundMinutes(minutes * (short ? 0.4 : 0.5)),
      },
      { kind: "review", title: `Light review: ${weakest.map((skill) => skill.label).join(", ") || "your notes"}`, detail: "Go over your notes and tabs for your weakest areas. Avoid starting anything new.", minutes: roundMinutes(minutes * 0.3) },
      { kind: "logistics", title: "Exam-day checklist", detail: "Check the time, place or online set-up, your ID, and which code books and notes the rules allow.", minutes: roundMinutes(minutes * 0.1) },
    ],
  };
}

/**
 * A week-by-week plan from today to the exam: study weeks work through the skills that leave the most points on
 * the table (two a week, rotating), the last week (last two from six weeks out) is timed practice and review.
 */
export function buildWeeklyPlan({ readiness, examDate, today, hoursPerWeek = DEFAULT_HOURS_PER_WEEK }: WeeklyPlanInput): StudyPlan {
  const minutes = Math.max(1, hoursPerWeek) * 60;
  const ranked = rankSkillsByGap(readiness.skills);
  const open = ranked.filter((skill) => skill.points < skill.maxPoints);
  const rotation = open.length ? open : ranked;
  const weakest = rotation.slice(0, 2);

  if (examDate && toTime(examDate) < toTime(today)) {
    return {
      status: "past",
      message: `Your exam date (${examDate}) has passed. If you sat the exam, update your profile with your new credential and your next target; if the date moved, set the new one to get a fresh plan.`,
      examDate,
      daysLeft: Math.round((toTime(examDate) - toTime(today)) / DAY),
      hoursPerWeek,
      weeks: [],
    };
  }

  const target = examDate ?? addDays(today, DEFAULT_PLAN_WEEKS * 7 - 1);
  const daysLeft = Math.round((toTime(target) - toTime(today)) / DAY);

  if (daysLeft < 7) {
    const days = daysLeft === 0 ? "today" : daysLeft === 1 ? "tomorrow" : `in ${daysLeft} days`;
    return {
      status: "imminent",
      message: `Your exam is ${days}. This is a short final-review plan: no new material, one timed set, and your exam-day checklist.`,
      examDate: target,
      daysLeft,
      hoursPerWeek,
      weeks: [examWeek(1, today, target, weakest, Math.min(minutes, (daysLeft + 1) * 120), true)],
    };
  }

  const capped = Math.ceil((daysLeft + 1) / 7) > MAX_WEEKS;
  const weekCount = Math.min(MAX_WEEKS, Math.ceil((daysLeft + 1) / 7));
  // Over a year out, the plan shows a year of study weeks and leaves the final weeks for later.
  const finalWeeks = capped ? 0 : weekCount >= 6 ? 2 : 1;
  const weeks: PlanWeek[] = [];
  for (let index = 0; index < weekCount; index++) {
    const start = addDays(today, index * 7);
    const end = index === weekCount - 1 && !capped ? target : addDays(start, 6);
    const number = index + 1;
    if (finalWeeks > 0 && index === weekCount - 1) weeks.push(examWeek(number, start, end, weakest, minutes, false));
    else if (finalWeeks === 2 && index === weekCount - 2) weeks.push(reviewWeek(number, start, end, weakest, minutes));
    else {
      const focus = rotation.length === 1 ? [rotation[0]!] : [rotation[(2 * index) % rotation.length]!, rotation[(2 * index + 1) % rotation.length]!];
      weeks.push(studyWeek(number, start, end, [...new Map(focus.map((skill) => [skill.id, skill])).values()], minutes));
    }
  }
  return {
    status: examDate ? "scheduled" : "default",
    message: examDate
      ? capped
        ? `Your exam on ${target} is more than ${MAX_WEEKS} weeks away: the plan shows the next ${MAX_WEEKS}, weakest skills first.`
        : `${weekCount} ${weekCount === 1 ? "week" : "weeks"} to your exam on ${target}, weakest skills first.`
      : `No exam date yet, so this is a ${DEFAULT_PLAN_WEEKS}-week plan. Set your exam date in your profile to fit the plan to it.`,
    examDate: examDate ?? undefined,
    daysLeft,
    hoursPerWeek,
    weeks,
  };
}
