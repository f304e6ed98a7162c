import type { AssignmentItemKind } from "@/lib/cohorts/schemas";

/**
 * One try at one item: a graded chart (with its time), a knowledge check (no time; passed or not), a graded piece
 * of denial work (no time), or a finished workday (its time from start to log-off). `createdAt` is when the work
 * was handed in (what "late" compares with the due date); `startedAt`, when it began if earlier (a workday).
 */
export type WorkAttempt = { id: string; score: number; createdAt: Date; startedAt?: Date; durationSeconds: number | null; passed: boolean };

/** Work counts for an assignment only when all of it was done after `from` (the later of joining and the open date). */
export function countsFrom(attempt: WorkAttempt, from: Date): boolean {
  return (attempt.startedAt ?? attempt.createdAt).getTime() >= from.getTime() && attempt.createdAt.getTime() >= from.getTime();
}

/** The headline figures a finished workday stores (see lib/workday/runs.ts). */
export type WorkdaySummary = { accuracy: number | null; chartsPerHour: number; norm: number; meetsProductivity: boolean; meetsAccuracy: boolean };

/**
 * A finished day's score out of 100: the audit accuracy its report gives (the mean grade of the audited charts),
 * rounded; a day that coded no chart has nothing to audit and scores 0. Productivity is shown beside it, not mixed in.
 */
export function workdayScore(summary: Pick<WorkdaySummary, "accuracy"> | null): number {
  if (!summary || summary.accuracy === null || !Number.isFinite(summary.accuracy)) return 0;
  return Math.max(0, Math.min(100, Math.round(summary.accuracy)));
}

export type ItemStatus = "not-started" | "in-progress" | "done" | "unavailable";

/**
 * One learner's standing on one item. The counted attempt is the best score (the earliest of equal bests);
 * late means the counted attempt came after the due date. A chart is done once submitted, a denial scenario once
 * a piece of work on it is graded, a workday once a day of it is finished; a lesson once its knowledge check is passed.
 */
export type ItemResult = {
  kind: AssignmentItemKind;
  ref: string;
  status: ItemStatus;
  score: number | null;
  attempts: number;
  seconds: number | null;
  late: boolean;
  countedAttemptId: string | null;
};

export function scoreItem(item: { kind: AssignmentItemKind; ref: string; available: boolean }, attempts: WorkAttempt[], dueAt: Date): ItemResult {
  const base = { kind: item.kind, ref: item.ref, attempts: attempts.length };
  if (!item.available) return { ...base, status: "unavailable", score: null, seconds: null, late: false, countedAttemptId: null };
  if (attempts.length === 0) return { ...base, status: "not-started", score: null, seconds: null, late: false, countedAttemptId: null };
  const counted = [...attempts].sort((a, b) => b.score - a.score || a.createdAt.getTime() - b.createdAt.getTime())[0]!;
  const done = item.kind === "GUIDE_LESSON" ? attempts.some((attempt) => attempt.passed) : true;
  return {
    ...base,
    status: done ? "done" : "in-progress",
    score: counted.score,
    seconds: counted.durationSeconds,
    late: counted.createdAt.getTime() > dueAt.getTime(),
    countedAttemptId: counted.id,
  };
}

/**
 * A gradebook cell: one learner on one assignment. The score is the mean over the items that exist (an item
 * not started counts 0), or null while nothing is started; attempts and time add up over the items.
 */
export type AssignmentCell = {
  score: number | null;
  attempts: number;
  seconds: number | null;
  late: boolean;
  complete: boolean;
  started: boolean;
  items: ItemResult[];
};

export function scoreAssignment(items: ItemResult[]): AssignmentCell {
  const counted = items.filter((item) => item.status !== "unavailable");
  const started = counted.some((item) => item.status !== "not-started");
  const timed = counted.filter((item) => item.seconds !== null);
  return {
    score: started && counted.length > 0 ? Math.round(counted.reduce((sum, item) => sum + (item.score ?? 0), 0) / counted.length) : null,
    attempts: counted.reduce((sum, item) => sum + item.attempts, 0),
    seconds: timed.length ? timed.reduce((sum, item) => sum + item.seconds!, 0) : null,
    late: counted.some((item) => item.late),
    complete: counted.length > 0 && counted.every((item) => item.status === "done"),
    started,
    items,
  };
}

export const FALLING_BEHIND_SCORE = 70;

export type LearnerStanding = {
  /** Mean score over assignments already due, a missed one counting 0; null when nothing is due yet. */
  average: number | null;
  overdue: number;
  late: number;
  fallingBehind: boolean;
  reasons: string[];
};

/** How a learner stands across the cohort's assignments at `now`: behind when work is overdue or the average is low. */
export function learnerStanding(cells: Array<{ dueAt: Date; cell: AssignmentCell }>, now: Date): LearnerStanding {
  const due = cells.filter((entry) => entry.dueAt.getTime() <= now.getTime() && entry.cell.items.some((item) => item.status !== "unavailable"));
  const overdue = due.filter((entry) => !entry.cell.complete).length;
  const late = cells.filter((entry) => entry.cell.late).length;
  const average = due.length ? Math.round(due.reduce((sum, entry) => sum + (entry.cell.score ?? 0), 0) / due.length) : null;
  const reasons: string[] = [];
  if (overdue > 0) reasons.push(`${overdue} overdue ${overdue === 1 ? "assignment" : "assignments"}`);
  if (average !== null && average < FALLING_BEHIND_SCORE) reasons.push(`average ${average} on work due so far`);
  return { average, overdue, late, fallingBehind: reasons.length > 0, reasons };
}

/** Per assignment across the cohort: how many learners finished, the mean score of those who started. */
export function assignmentSummary(cells: AssignmentCell[]): { learners: number; complete: number; started: number; averageScore: number | null } {
  const scored = cells.filter((cell) => cell.score !== null);
  return {
    learners: cells.length,
    complete: cells.filter((cell) => cell.complete).length,
    started: cells.filter((cell) => cell.started).length,
    averageScore: scored.length ? Math.round(scored.reduce((sum, cell) => sum + cell.score!, 0) / scored.length) : null,
  };
}
