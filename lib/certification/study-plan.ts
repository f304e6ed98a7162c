import type { PlanCase, PlanContent, PlanLesson } from "@/lib/certification/plan-content";
import type { Readiness, SkillReadiness } from "@/lib/certification/readiness";

// A week-by-week plan that schedules only what exists: named charts and lessons from the library, each once, with
// the time its content takes. There is no practice exam in Chartwise, so the last week is a timed set of charts
// kept back for it, not a "full practice exam".

export type PlanTask = {
  kind: "practice" | "lesson" | "lookup" | "timed-practice" | "retry" | "review" | "logistics";
  title: string;
  detail: string;
  href?: string;
  minutes: number;
  /** True when the minutes are a rough allowance rather than the content's own length. */
  approximate?: boolean;
};

export type PlanWeek = {
  /** 1-based. */
  number: number;
  /** Set when this entry covers several weeks (a catch-up block): the number of its last week. */
  lastNumber?: number;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  kind: "study" | "review" | "exam";
  focus: string;
  focusSkillIds: string[];
  tasks: PlanTask[];
  /** The tasks' minutes added up. */
  minutes: number;
};

export type StudyPlan = {
  /** scheduled: fitted to the exam date; default: no date, a six-week plan; imminent: under a week; past: the date has gone. */
  status: "scheduled" | "default" | "imminent" | "past";
  message: string;
  examDate?: string;
  daysLeft?: number;
  hoursPerWeek: number;
  weeks: PlanWeek[];
  /** Charts and lessons the plan's weeks had no room for at this many hours a week. */
  unscheduled: { charts: number; lessons: number; minutes: number };
};

export type WeeklyPlanInput = {
  readiness: Readiness;
  /** The charts and lessons that exist, with the learner's standing and their estimated minutes. */
  content: PlanContent;
  /** YYYY-MM-DD, or undefined when the learner has not set one. */
  examDate?: string;
  /** YYYY-MM-DD in the learner's calendar. */
  today: string;
  hoursPerWeek?: number;
};

export const DEFAULT_PLAN_WEEKS = 6;
export const DEFAULT_HOURS_PER_WEEK = 6;
/** Charts kept back, unseen, for the timed set in the exam week. */
export const TIMED_SET_CHARTS = 3;
/** Looking up the codes missed on a chart, in the lookup and the code book. */
export const LOOKUP_MINUTES_PER_CHART = 2;
/** Retrying a chart already read once takes about this share of its first time. */
export const RETRY_SHARE = 0.5;
const REVIEW_MINUTES = 30;
const LOGISTICS_MINUTES = 15;
const MAX_WEEKS = 52;
const DAY = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => toDate(toTime(date) + days * DAY);
const sum = (tasks: { minutes: number }[]) => tasks.reduce((total, task) => total + task.minutes, 0);

/** Skills by how many points they leave on the table (weight × what is not yet mastered), largest first. */
export function rankSkillsByGap(skills: SkillReadiness[]): SkillReadiness[] {
  return [...skills].sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || b.weight - a.weight || a.id.localeCompare(b.id));
}

function matchesFamily(pattern: string, familyKey: string): boolean {
  return pattern.endsWith("-*") ? familyKey.startsWith(pattern.slice(0, -1)) : familyKey === pattern;
}

type Item = { skill: SkillReadiness } & ({ kind: "case"; entry: PlanCase } | { kind: "lesson"; entry: PlanLesson });

/** Each open skill's charts (not yet mastered; new first, then the lowest best score) and unfinished lessons; every item once. */
function queuesBySkill(skills: SkillReadiness[], content: PlanContent): Map<string, Item[]> {
  const claimed = new Set<string>();
  const queues = new Map<string, Item[]>();
  for (const skill of skills) {
    const patterns = skill.links.filter((link) => link.kind === "family").map((link) => link.key);
    const modules = skill.links.filter((link) => link.kind === "module").map((link) => link.key);
    const cases = content.cases
      .filter((entry) => entry.status !== "mastered" && entry.familyKeys.some((key) => patterns.some((pattern) => matchesFamily(pattern, key))))
      .sort((a, b) => Number(a.status === "attempted") - Number(b.status === "attempted") || (a.bestScore ?? 0) - (b.bestScore ?? 0));
    const lessons = modules.flatMap((slug) => content.lessons.filter((lesson) => lesson.moduleSlug === slug && !lesson.completed));
    const items: Item[] = [
      ...cases.filter((entry) => !claimed.has(`case:${entry.id}`)).map((entry): Item => ({ skill, kind: "case", entry })),
      ...lessons.filter((entry) => !claimed.has(`lesson:${entry.slug}`)).map((entry): Item => ({ skill, kind: "lesson", entry })),
    ];
    for (const item of items) claimed.add(item.kind === "case" ? `case:${item.entry.id}` : `lesson:${item.entry.slug}`);
    if (items.length) queues.set(skill.id, items);
  }
  return queues;
}

/** Takes up to `count` new charts for the timed set, one skill at a time so the set mixes areas. */
function reserveTimedSet(queues: Map<string, Item[]>, count: number): PlanCase[] {
  const reserved: PlanCase[] = [];
  let progress = true;
  while (reserved.length < count && progress) {
    progress = false;
    for (const items of queues.values()) {
      if (reserved.length >= count) break;
      const index = items.findIndex((item) => item.kind === "case" && item.entry.status === "new");
      if (index < 0) continue;
      reserved.push(items.splice(index, 1)[0]!.entry as PlanCase);
      progress = true;
    }
  }
  return reserved;
}

/** The skills' queues taken in turn, weakest skill first, so each week mixes areas. */
function interleave(queues: Map<string, Item[]>): Item[] {
  const lists = [...queues.values()].map((items) => [...items]);
  const order: Item[] = [];
  while (lists.some((items) => items.length)) for (const items of lists) if (items.length) order.push(items.shift()!);
  return order;
}

function taskOf(item: Item): PlanTask {
  if (item.kind === "lesson") {
    return {
      kind: "lesson",
      title: item.entry.title,
      detail: `Read the lesson and pass its knowledge check (skill: ${item.skill.label}).`,
      href: `/guide/${item.entry.moduleSlug}/${item.entry.slug}`,
      minutes: item.entry.minutes,
    };
  }
  const again = item.entry.status === "attempted";
  return {
    kind: "practice",
    title: item.entry.title,
    detail: again
      ? `Code it again (best so far ${item.entry.bestScore}%), then read the rationale for every line you missed (skill: ${item.skill.label}).`
      : `Code the chart, then read the rationale for every line you missed (skill: ${item.skill.label}).`,
    href: `/practice/${item.entry.id}`,
    minutes: item.entry.minutes,
  };
}

function lookupTask(charts: number): PlanTask {
  return {
    kind: "lookup",
    title: "Look up every code you missed",
    detail: "Open each missed code in the code lookup, read its notes and neighbours, and tab it in your code book.",
    href: "/codes",
    minutes: charts * LOOKUP_MINUTES_PER_CHART,
  };
}

function retryTask(plannedCaseMinutes: number, budget: number): PlanTask {
  return {
    kind: "retry",
    title: "Retry the charts you scored under 90 on",
    detail: "Code each again without looking at the earlier feedback first, then compare.",
    href: "/practice?status=attempted",
    minutes: Math.max(15, Math.min(budget, Math.round(plannedCaseMinutes * RETRY_SHARE))),
    approximate: true,
  };
}

function week(
  number: number,
  start: string,
  end: string,
  kind: PlanWeek["kind"],
  focus: string,
  focusSkillIds: string[],
  tasks: PlanTask[],
  lastNumber?: number,
): PlanWeek {
  return {
    number,
    ...(lastNumber !== undefined && lastNumber !== number && { lastNumber }),
    start,
    end,
    kind,
    focus,
    focusSkillIds,
    tasks,
    minutes: sum(tasks),
  };
}

function examWeek(number: number, start: string, end: string, timedSet: PlanCase[], weakest: SkillReadiness[], short: boolean): PlanWeek {
  const timed: PlanTask[] = timedSet.map((entry) => ({
    kind: "timed-practice",
    title: entry.title,
    detail:
      "Part of a timed set: code these charts in one sitting, with only the code books your exam allows, then review every miss. Chartwise has no mock exam; the exam's body sells official practice exams.",
    href: `/practice/${entry.id}`,
    minutes: entry.minutes,
  }));
  const tasks: PlanTask[] = [
    ...timed,
    {
      kind: "review",
      title: `Light review: ${weakest.map((skill) => skill.label).join(", ") || "your notes"}`,
      detail: "Go over your notes and tabs for your weakest areas. Avoid starting anything new.",
      minutes: REVIEW_MINUTES,
      approximate: true,
    },
    {
      kind: "logistics",
      title: "Exam-day checklist",
      detail: "Check the time, place or online set-up, your ID, and which code books and notes the rules allow.",
      minutes: LOGISTICS_MINUTES,
      approximate: true,
    },
  ];
  const focus = short ? "Final days: review, not new material" : timed.length ? "A timed set of charts and final review" : "Final review";
  return week(
    number,
    start,
    end,
    "exam",
    focus,
    weakest.map((skill) => skill.id),
    tasks,
  );
}

/**
 * A week-by-week plan from today to the exam. The charts and lessons of the skills that leave the most points on
 * the table are spread over the study weeks, each once (charts mastered and lessons completed are left out), with
 * the minutes their content takes; a week holds at most `hoursPerWeek`. The last week is a timed set of charts kept
 * back unseen plus final review; from six weeks out, the week before is for retries. When the library runs out,
 * the remaining weeks are one catch-up block, not a repeat of earlier weeks.
 */
export function buildWeeklyPlan({ readiness, content, examDate, today, hoursPerWeek = DEFAULT_HOURS_PER_WEEK }: WeeklyPlanInput): StudyPlan {
  const budget = Math.max(1, hoursPerWeek) * 60;
  const ranked = rankSkillsByGap(readiness.skills);
  const open = ranked.filter((skill) => skill.points < skill.maxPoints);
  const weakest = (open.length ? open : ranked).slice(0, 2);
  const none = { charts: 0, lessons: 0, minutes: 0 };

  if (examDate && toTime(examDate) < toTime(today)) {
    return {
      status: "past",
      message: `Your exam date (${examDate}) has passed. If you sat the exam, update your profile with your new credential and your next target; if the date moved, set the new one to get a fresh plan.`,
      examDate,
      daysLeft: Math.round((toTime(examDate) - toTime(today)) / DAY),
      hoursPerWeek,
      weeks: [],
      unscheduled: none,
    };
  }

  const queues = queuesBySkill(open, content);
  const target = examDate ?? addDays(today, DEFAULT_PLAN_WEEKS * 7 - 1);
  const daysLeft = Math.round((toTime(target) - toTime(today)) / DAY);

  if (daysLeft < 7) {
    const days = daysLeft === 0 ? "today" : daysLeft === 1 ? "tomorrow" : `in ${daysLeft} days`;
    return {
      status: "imminent",
      message: `Your exam is ${days}. This is a short final-review plan: no new material, one timed set of charts, and your exam-day checklist.`,
      examDate: target,
      daysLeft,
      hoursPerWeek,
      weeks: [examWeek(1, today, target, reserveTimedSet(queues, daysLeft >= 2 ? 2 : 1), weakest, true)],
      unscheduled: none,
    };
  }

  const capped = Math.ceil((daysLeft + 1) / 7) > MAX_WEEKS;
  const weekCount = Math.min(MAX_WEEKS, Math.ceil((daysLeft + 1) / 7));
  // Over a year out, the plan covers the next year of study and leaves the final weeks for later.
  const finalWeeks = capped ? 0 : weekCount >= 6 ? 2 : 1;
  const timedSet = finalWeeks > 0 ? reserveTimedSet(queues, TIMED_SET_CHARTS) : [];
  const queue = interleave(queues);
  const studyWeeks = weekCount - finalWeeks;
  const cost = (item: Item) => item.entry.minutes + (item.kind === "case" ? LOOKUP_MINUTES_PER_CHART : 0);

  const weeks: PlanWeek[] = [];
  let plannedCaseMinutes = 0;
  const startOf = (index: number) => addDays(today, index * 7);
  const endOf = (index: number) => (index === weekCount - 1 && !capped ? target : addDays(startOf(index), 6));
  for (let index = 0; index < studyWeeks; index++) {
    if (queue.length === 0) {
      // The library is worked through: the rest of the study time is one block of retries, not repeated weeks.
      const lastIndex = studyWeeks - 1;
      const weeksLeft = lastIndex - index + 1;
      const tasks =
        plannedCaseMinutes > 0 || content.cases.some((entry) => entry.status === "attempted")
          ? [retryTask(Math.max(plannedCaseMinutes, 60), budget * weeksLeft)]
          : [];
      weeks.push(
        week(
          index + 1,
          startOf(index),
          endOf(lastIndex),
          "review",
          "Catch-up and retries: no new material left for this credential",
          weakest.map((skill) => skill.id),
          tasks,
          lastIndex + 1,
        ),
      );
      break;
    }
    // Spread what is left evenly over the weeks left, never more than the weekly hours.
    const target = Math.min(budget, Math.ceil(queue.reduce((total, item) => total + cost(item), 0) / (studyWeeks - index)));
    const items: Item[] = [];
    let minutes = 0;
    while (queue.length && (items.length === 0 || minutes + cost(queue[0]!) <= target)) {
      const item = queue.shift()!;
      items.push(item);
      minutes += cost(item);
    }
    const charts = items.filter((item) => item.kind === "case").length;
    plannedCaseMinutes += sum(items.filter((item) => item.kind === "case").map((item) => item.entry));
    const focusSkills = [...new Map(items.map((item) => [item.skill.id, item.skill])).values()];
    const tasks = [...items.map(taskOf), ...(charts ? [lookupTask(charts)] : [])];
    weeks.push(
      week(
        index + 1,
        startOf(index),
        endOf(index),
        "study",
        focusSkills.map((skill) => skill.label).join(" · "),
        focusSkills.map((skill) => skill.id),
        tasks,
      ),
    );
  }
  if (finalWeeks === 2) {
    const index = weekCount - 2;
    weeks.push(
      week(
        index + 1,
        startOf(index),
        endOf(index),
        "review",
        "Retries of what you missed",
        weakest.map((skill) => skill.id),
        [retryTask(Math.max(plannedCaseMinutes, 60), budget)],
      ),
    );
  }
  if (finalWeeks > 0) {
    const index = weekCount - 1;
    weeks.push(examWeek(index + 1, startOf(index), endOf(index), timedSet, weakest, false));
  }

  const unscheduled = {
    charts: queue.filter((item) => item.kind === "case").length,
    lessons: queue.filter((item) => item.kind === "lesson").length,
    minutes: sum(queue.map((item) => item.entry)),
  };
  const overflow =
    unscheduled.charts + unscheduled.lessons > 0
      ? ` At ${hoursPerWeek} hours a week, ${unscheduled.charts} ${unscheduled.charts === 1 ? "chart" : "charts"} and ${unscheduled.lessons} ${unscheduled.lessons === 1 ? "lesson" : "lessons"} (about ${Math.round(unscheduled.minutes / 60)} hours) do not fit before the exam.`
      : "";
  return {
    status: examDate ? "scheduled" : "default",
    message:
      (examDate
        ? capped
          ? `Your exam on ${target} is more than ${MAX_WEEKS} weeks away: the plan shows the next ${MAX_WEEKS}, weakest skills first.`
          : `${weekCount} ${weekCount === 1 ? "week" : "weeks"} to your exam on ${target}, weakest skills first.`
        : `No exam date yet, so this is a ${DEFAULT_PLAN_WEEKS}-week plan. Set your exam date in your profile to fit the plan to it.`) + overflow,
    examDate: examDate ?? undefined,
    daysLeft,
    hoursPerWeek,
    weeks,
    unscheduled,
  };
}
