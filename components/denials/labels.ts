import type { BadgeVariant } from "@/components/ui/badge";
import { CARCS, GROUP_MEANINGS, type GroupCode } from "@/lib/claims/adjustment-codes";
import type { WorkStatus } from "@/lib/denials/worklist";

export const STATUS_VARIANT: Record<WorkStatus, BadgeVariant> = {
  new: "brand",
  working: "warning",
  resubmitted: "danger",
  appealed: "warning",
  paid: "success",
  upheld: "danger",
  "written-off": "neutral",
  "billed-patient": "success",
  registration: "neutral",
  "billed-other-payer": "neutral",
  closed: "success",
};

/** "CO-97" → the group's name and the reason in our words, for a tooltip or a screen reader. */
export function adjustmentMeaning(label: string): string {
  const [group, reason] = label.split("-") as [GroupCode, string];
  return `${GROUP_MEANINGS[group]?.name ?? group}: ${CARCS.get(reason)?.meaning ?? "reason not in the reference list"}`;
}

export const adjustmentVariant = (label: string): BadgeVariant =>
  label.startsWith("PR-") ? "warning" : ["CO-45", "CO-253"].includes(label) ? "neutral" : "danger";
