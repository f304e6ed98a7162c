// Pure summaries behind /progress. Days are UTC calendar days (YYYY-MM-DD) so the numbers do not shift with
// the server's time zone; a learner on the US west coast working late may see an evening count as tomorrow.

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

export type Streak = { current: number; longest: number; activeToday: boolean; lastActiveDay?: string };

/**
 * Consecutive days with any learning activity. The current streak still counts when today has nothing yet but
 * yesterday had (the day is not over); it is broken once a whole day passes without activity.
 */
export function computeStreak(activity: Iterable<Date>, today: Date): Streak {
  const days = [...new Set([...activity].map(dayOf))].sort();
  if (days.length === 0) return { current: 0, longest: 0, activeToday: false };
  let longest = 1;
  let run = 1;
  for (let at = 1; at < days.length; at++) {
    run = addDays(days[at - 1]!, 1) === days[at] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const todayDay = dayOf(today);
  const last = days.at(-1)!;
  const activeToday = last === todayDay;
  const current = activeToday || last === addDays(todayDay, -1) ? run : 0;
  return { current, longest, activeToday, lastActiveDay: last };
}

export type ScoredAttempt = { caseId: string; score: number; durationSeconds: number; createdAt: Date };

export type DailyAccuracy = { day: string; averageScore: number; attempts: number };

/** The average score of each day's attempts, oldest day first: the series of the accuracy-over-time chart. */
export function dailyAccuracy(attempts: ScoredAttempt[]): DailyAccuracy[] {
  const byDay = new Map<string, { total: number; count: number }>();
  for (const attempt of attempts) {
    const day = dayOf(attempt.createdAt);
    const entry = byDay.get(day) ?? { total: 0, count: 0 };
    entry.total += attempt.score;
    entry.count += 1;
    byDay.set(day, entry);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, { total, count }]) => ({ day, averageScore: Math.round(total / count), attempts: count }));
}

export type CaseTiming = { caseId: string; attempts: number; firstSeconds: number; latestSeconds: number; medianSeconds: number; bestScore: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Time per case: first, latest and median time taken, most recently worked case first. */
export function timePerCase(attempts: ScoredAttempt[]): CaseTiming[] {
  const byCase = new Map<string, ScoredAttempt[]>();
  for (const attempt of [...attempts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    byCase.set(attempt.caseId, [...(byCase.get(attempt.caseId) ?? []), attempt]);
  }
  const lastWorked = (list: ScoredAttempt[]) => list.at(-1)!.createdAt.getTime();
  return [...byCase.entries()]
    .sort(([, a], [, b]) => lastWorked(b) - lastWorked(a))
    .map(([caseId, list]) => ({
      caseId,
      attempts: list.length,
      firstSeconds: list[0]!.durationSeconds,
      latestSeconds: list.at(-1)!.durationSeconds,
      medianSeconds: median(list.map((attempt) => attempt.durationSeconds)),
      bestScore: Math.max(...list.map((attempt) => attempt.score)),
    }));
}
