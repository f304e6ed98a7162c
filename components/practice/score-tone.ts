import type { BadgeVariant } from "@/components/ui/badge";

/** Badge colour for a 0–100 score: green from 90 (mastered), amber from 60, red below. */
export function scoreTone(score: number): BadgeVariant {
  return score >= 90 ? "success" : score >= 60 ? "warning" : "danger";
}
