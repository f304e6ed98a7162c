import { seededRandom, sampleWithoutReplacement } from "@/lib/simulation/random";
import type { ChartItem, DayState } from "@/lib/simulation/types";

export type AuditSample = { charts: ChartItem[]; accuracy: number | null };

/**
 * The end-of-day audit: a random sample of the charts coded today, drawn with the run's seed (so the same day
 * always audits the same charts), and the accuracy on it: the mean of the grader's scores on the sampled charts.
 */
export function auditSample(state: DayState, sampleSize: number): AuditSample {
  const coded = state.charts.filter((chart) => chart.status === "coded" && chart.grade).sort((a, b) => (a.codedOrder ?? 0) - (b.codedOrder ?? 0));
  const charts = sampleWithoutReplacement(coded, sampleSize, seededRandom(`${state.seed}:audit`));
  if (charts.length === 0) return { charts, accuracy: null };
  const mean = charts.reduce((sum, chart) => sum + chart.grade!.score, 0) / charts.length;
  return { charts, accuracy: Math.round(mean * 10) / 10 };
}
