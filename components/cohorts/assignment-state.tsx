import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { AssignmentState } from "@/lib/cohorts/learner-cohorts";

const STATES: Record<AssignmentState, { label: string; variant: BadgeVariant }> = {
  upcoming: { label: "Opens soon", variant: "neutral" },
  open: { label: "To do", variant: "brand" },
  overdue: { label: "Overdue", variant: "danger" },
  done: { label: "Done", variant: "success" },
  "done-late": { label: "Done late", variant: "warning" },
};

export function AssignmentStateBadge({ state }: { state: AssignmentState }) {
  return <Badge variant={STATES[state].variant}>{STATES[state].label}</Badge>;
}
