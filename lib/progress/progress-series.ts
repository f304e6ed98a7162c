// Days as /progress counts them: UTC calendar days (YYYY-MM-DD), so the numbers do not shift with the server's time
// zone; a learner on the US west coast working late may see an evening count as tomorrow.

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
export function computeStreak(activeDays: Iterable<string>, today: Date): Streak {
  const days = [...new Set(activeDays)].sort();
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
