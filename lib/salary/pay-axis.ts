import type { SalaryYear } from "@/lib/salary/types";

/** A y-axis from a round number below the lowest figure to one above the highest (and the goal), in even steps. */
export function payAxis(series: { years: Pick<SalaryYear, "low" | "high">[] }[], payGoal?: number): { domain: [number, number]; ticks: number[] } {
  const lows = series.flatMap((path) => path.years.map((entry) => entry.low));
  const highs = series.flatMap((path) => path.years.map((entry) => entry.high));
  const min = Math.min(...lows, payGoal ?? Infinity);
  const max = Math.max(...highs, payGoal ?? 0);
  const step = [10_000, 20_000, 25_000, 50_000, 100_000].find((candidate) => (max - min) / candidate <= 6) ?? 100_000;
  const from = Math.max(0, Math.floor(min / step) * step);
  const to = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = from; tick <= to; tick += step) ticks.push(tick);
  return { domain: [from, to], ticks };
}
