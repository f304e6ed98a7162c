import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RunListItem } from "@/lib/workday/runs";

const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });
const STATUS: Record<RunListItem["status"], { label: string; variant: "brand" | "success" | "neutral" }> = {
  ACTIVE: { label: "In progress", variant: "brand" },
  ENDED: { label: "Finished", variant: "success" },
  ABANDONED: { label: "Abandoned", variant: "neutral" },
};

/** The learner's days, newest first, each linking to the day or its report. */
export function PastDaysTable({ runs }: { runs: (RunListItem & { title: string })[] }) {
  if (runs.length === 0) return <p className="text-sm text-muted">No days yet. Start with the tutorial: it takes about ten minutes.</p>;
  return (
    <Table label="Days played">
      <THead>
        <TR>
          <TH>Day</TH>
          <TH>Started (UTC)</TH>
          <TH numeric>Charts</TH>
          <TH numeric>Charts an hour</TH>
          <TH numeric>Audit accuracy</TH>
          <TH numeric>Revenue</TH>
        </TR>
      </THead>
      <TBody>
        {runs.map((run) => (
          <TR key={run.id}>
            <TD>
              {run.status === "ABANDONED" ? (
                <span className="font-medium">{run.title}</span>
              ) : (
                <Link href={run.status === "ENDED" ? `/workday/${run.id}/report` : `/workday/${run.id}`} className="font-medium hover:underline">
                  {run.title}
                </Link>
              )}
              <span className="ml-2">
                <Badge variant={STATUS[run.status].variant}>{STATUS[run.status].label}</Badge>
              </span>
            </TD>
            <TD>{dateFormat.format(run.startedAt)}</TD>
            <TD numeric>{run.summary?.chartsCoded ?? "–"}</TD>
            <TD numeric>{run.summary ? `${run.summary.chartsPerHour} / ${run.summary.norm}` : "–"}</TD>
            <TD numeric>{run.summary?.accuracy != null ? `${run.summary.accuracy}%` : "–"}</TD>
            <TD numeric>{run.summary ? `$${run.summary.revenue.toLocaleString("en-US", { maximumFractionDigits: 0 })}` : "–"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
