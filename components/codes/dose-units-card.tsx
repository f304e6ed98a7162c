import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { CodeDetail, DoseUnits } from "@/lib/codes/code-directory";

/**
 * For a code billed per an amount ("per 15 mg"): a documented dose turned into billing units, with how they were
 * rounded. A plain GET form, so it works before (and without) JavaScript.
 */
export function DoseUnitsCard({ detail, dose, result }: { detail: CodeDetail; dose: string; result: DoseUnits | null }) {
  if (!detail.billingUnit) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Units from a dose</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <p className="text-fg">
          {detail.code} is billed <strong>{detail.billingUnit}</strong> a unit. Enter the dose documented in the chart:
        </p>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="system" value={detail.system} />
          <label className="flex flex-col gap-1">
            <span className="text-xs font-medium text-muted">Dose given</span>
            <Input name="dose" defaultValue={dose} placeholder="30 mg" fullWidth={false} className="w-36" autoComplete="off" />
          </label>
          <Button type="submit">Work out units</Button>
        </form>
        {dose && result && (
          <p role="status" className="rounded-lg bg-brand-soft px-3 py-2 text-brand-soft-fg">
            <strong className="text-lg">
              {detail.code} × {result.units}
            </strong>{" "}
            — {result.explanation}
          </p>
        )}
        {dose && !result && (
          <p role="alert" className="text-danger">
            “{dose}” is not a dose in the unit {detail.code} is billed in ({detail.billingUnit}). Write it as, for example, “30 mg” or “1 g”.
          </p>
        )}
        <p className="text-xs text-muted">
          A part unit is billed as the next whole unit (CMS Medicare Claims Processing Manual, chapter 17, drugs and biologicals). Payer rules on wastage (JW/JZ
          modifiers) still apply.
        </p>
      </CardContent>
    </Card>
  );
}
