/**
 * Simulated minutes a task costs. An experienced coder takes `expected` minutes; the learner's real time counts
 * half, held between half and three times the expected minutes, so a slow first try costs more on the clock
 * without one long pause eating the whole day, and racing through costs a little less.
 */
export function taskCost(expectedMinutes: number, realSeconds: number | undefined): number {
  if (realSeconds === undefined || !Number.isFinite(realSeconds) || realSeconds < 0) return expectedMinutes;
  const real = Math.min(expectedMinutes * 3, Math.max(expectedMinutes / 2, realSeconds / 60));
  return Math.max(1, Math.round((expectedMinutes + real) / 2));
}
