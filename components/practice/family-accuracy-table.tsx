import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { FamilyAccuracy } from "@/lib/coding/code-family";

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const lines = (count: number) => `${Math.round(count * 10) / 10} ${count === 1 ? "line" : "lines"}`;

/** Accuracy per code family, weakest first, each with a link to cases that exercise it. */
export function FamilyAccuracyTable({ rows, limit }: { rows: FamilyAccuracy[]; limit?: number }) {
  if (rows.length === 0) {
    return <EmptyState title="No graded lines yet" description="Submit a case and your accuracy for each code family appears here." titleAs="h3" />;
  }
  return (
    <Table label="Code families, weakest first">
      <THead>
        <TR>
          <TH>Code family</TH>
          <TH className="w-1/3">Accuracy</TH>
          <TH numeric>Lines</TH>
          <TH>
            <span className="sr-only">Practise</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {rows.slice(0, limit).map((row) => (
          <TR key={row.family.key}>
            <TD className="font-medium">{row.family.label}</TD>
            <TD>
              <ProgressBar
                value={row.accuracy * 100}
                label={`${row.family.label} accuracy`}
                valueText={percent(row.accuracy)}
                showValue
                size="sm"
                tone={row.accuracy >= 0.9 ? "success" : row.accuracy >= 0.6 ? "warning" : "danger"}
              />
            </TD>
            <TD numeric>{lines(row.possible)}</TD>
            <TD>
              <Link
                href={`/practice?family=${encodeURIComponent(row.family.key)}`}
                className="text-sm font-medium whitespace-nowrap text-brand hover:underline"
              >
                Practise this
              </Link>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
