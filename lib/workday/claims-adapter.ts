import type { DenialTask } from "@/lib/simulation/types";

/**
 * The denials workbench (lib/claims) seen from the workday: its denial scenarios as tasks, judged by its own
 * grading, and its synthetic fee schedule. Wired to lib/claims once that branch is merged.
 */
export function workbenchDenials(): Map<string, DenialTask> {
  return new Map();
}

/** The synthetic fee schedule's amount for a code, in dollars. */
export function feeFor(code: string): number {
  void code;
  return 0;
}
