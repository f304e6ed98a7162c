import { Badge } from "@/components/ui/badge";
import { adjustmentMeaning, adjustmentVariant } from "./labels";

/** A group code + CARC ("CO-97") as a chip whose meaning is in its title and in text for screen readers. */
export function AdjustmentChip({ label }: { label: string }) {
  return (
    <Badge variant={adjustmentVariant(label)} title={adjustmentMeaning(label)} className="font-mono">
      {label}
      <span className="sr-only"> ({adjustmentMeaning(label)})</span>
    </Badge>
  );
}
