import type { AnswerKey, CodingGrade } from "@/lib/coding/types";

/**
 * Revenue a coded chart secures on the synthetic fee schedule: each key service line coded right earns its fee;
 * a partly right line (wrong modifier, units or pointer) earns half, because it is likely to be denied or
 * underpaid; a wrong or missing line earns nothing.
 */
export function chartRevenue(key: AnswerKey, grade: CodingGrade, fee: (code: string) => number): number {
  let total = 0;
  for (const line of key.procedures) {
    const verdict = grade.verdicts.find((candidate) => candidate.kind === "procedure" && candidate.keyLineId === line.id);
    const amount = fee(line.code) * line.units;
    if (verdict?.status === "correct") total += amount;
    else if (verdict?.status === "partial") total += amount / 2;
  }
  return Math.round(total * 100) / 100;
}

/** The most the chart can secure: every key line coded right. */
export function chartPotential(key: AnswerKey, fee: (code: string) => number): number {
  return Math.round(key.procedures.reduce((sum, line) => sum + fee(line.code) * line.units, 0) * 100) / 100;
}
