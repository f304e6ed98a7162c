import { SCORE_WEIGHTS } from "@/lib/coding/scoring-weights";
import type { PartialReason, VerdictReason } from "@/lib/coding/types";

/** The share of a key line a learner's line earns: 1, times the factor of each partial reason it has. */
export function creditFor(reasons: readonly VerdictReason[]): number {
  return [...new Set(reasons)].reduce((credit, reason) => credit * (SCORE_WEIGHTS.partialCredit[reason as PartialReason] ?? 1), 1);
}

/** Points on the 0–100 scale, to the hundredth. */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

// Integer weights for assignLines, in tiers so a lower tier only breaks ties of the one above:
// credit first, then how much of the code agrees, then the earlier submitted line (so a repeat is the extra).
export function matchWeight(credit: number, sharedPrefix: number, submittedIndex: number): number {
  return Math.round(credit * 1_000_000) + sharedPrefix * 1_000 + Math.max(0, 999 - submittedIndex);
}

export function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
