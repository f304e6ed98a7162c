import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { DENIAL_CATEGORY_LABELS } from "@/lib/claims/adjustment-codes";
import { formatCents } from "@/lib/claims/money";
import { PLAN_TYPE_LABELS } from "@/lib/claims/schemas";
import { WORK_STATUS_LABELS, type SortKey, type WorklistQuery, type WorklistRow } from "@/lib/denials/worklist";
import { AdjustmentChip } from "./adjustment-chip";
import { DeadlineText } from "./deadline-text";
import { STATUS_VARIANT } from "./labels";

// A column may sort by more than one key: the patient column holds the date of service under the name.
const COLUMNS: { label: string; sorts: { key: SortKey; label: string }[]; numeric?: boolean }[] = [
  { label: "Claim", sorts: [{ key: "claim", label: "Claim" }] },
  {
    label: "Patient",
    sorts: [
      { key: "patient", label: "Patient" },
      { key: "dos", label: "DOS" },
    ],
  },
  { label: "Payer", sorts: [{ key: "payer", label: "Payer" }] },
  { label: "Denied", sorts: [{ key: "denied", label: "Denied" }], numeric: true },
  { label: "Adjustments", sorts: [] },
  {
    label: "Deadline",
    sorts: [
      { key: "deadline", label: "Deadline" },
      { key: "age", label: "Age" },
    ],
  },
  { label: "Status", sorts: [{ key: "status", label: "Status" }] },
];

function sortHref(query: WorklistQuery, key: SortKey): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value && name !== "sort" && name !== "dir") params.set(name, String(value));
  params.set("sort", key);
  params.set("dir", query.sort === key && query.dir === "asc" ? "desc" : "asc");
  return `/denials?${params}`;
}

/** On a phone only the first column shows before the table scrolls: the row's essentials under the claim number (hidden from screen readers, which read the full row). */
function PhoneSummary({ row }: { row: WorklistRow }) {
  const deadline =
    !row.open || !row.deadline
      ? null
      : !row.deadline.available
        ? "no appeal rights"
        : row.deadline.daysLeft < 0
          ? `${-row.deadline.daysLeft} days late`
          : `${row.deadline.daysLeft} days left`;
  return (
    <div aria-hidden className="mt-1 space-y-0.5 text-xs text-fg sm:hidden">
      <div>{row.patient}</div>
      <div className="tabular-nums">
        {row.denied ? <span className="font-semibold text-danger">Denied {formatCents(row.denied)}</span> : <span>Paid {formatCents(row.paid)}</span>}
        {deadline && <span className="text-muted"> · {deadline}</span>}
      </div>
      <div className="text-muted">{WORK_STATUS_LABELS[row.status]}</div>
    </div>
  );
}

/** The denial work queue: one row per claim, sortable by its column headers (links, so they work without scripts). */
export function WorklistTable({ rows, query }: { rows: WorklistRow[]; query: WorklistQuery }) {
  return (
    <Table label="Denial worklist" className="min-w-[64rem]">
      <THead>
        <TR>
          {COLUMNS.map((column) => {
            const sorted = column.sorts.find((sort) => sort.key === query.sort);
            return (
              <TH key={column.label} numeric={column.numeric} aria-sort={sorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                {column.sorts.length === 0
                  ? column.label
                  : column.sorts.map((sort, index) => (
                      <span key={sort.key}>
                        {index > 0 && <span className="text-muted"> · </span>}
                        <Link href={sortHref(query, sort.key)} className="hover:text-fg hover:underline">
                          {sort.label}
                          {sort === sorted && <span aria-hidden>{query.dir === "asc" ? " ▲" : " ▼"}</span>}
                        </Link>
                      </span>
                    ))}
              </TH>
            );
          })}
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.claimNumber} data-testid="worklist-row">
            <TD className="whitespace-nowrap">
              <Link href={`/denials/${row.claimNumber}`} className="font-mono font-semibold text-brand hover:underline">
                {row.claimNumber}
              </Link>
              <div className="mt-0.5 max-w-32 truncate text-xs text-muted">{DENIAL_CATEGORY_LABELS[row.category]}</div>
              <PhoneSummary row={row} />
            </TD>
            <TD className="whitespace-nowrap">
              {row.patient}
              <div className="text-xs text-muted tabular-nums">{row.serviceDate}</div>
            </TD>
            <TD>
              <div className="max-w-36 truncate" title={row.payerName}>
                {row.payerName}
              </div>
              <div className="text-xs text-muted">{PLAN_TYPE_LABELS[row.planType]}</div>
            </TD>
            <TD numeric>
              <div className={row.denied ? "font-semibold text-danger" : "text-muted"}>{formatCents(row.denied)}</div>
              <div className="text-xs text-muted">billed {formatCents(row.billed)}</div>
              <div className="text-xs text-muted">paid {formatCents(row.paid)}</div>
            </TD>
            <TD className="min-w-52">
              <ul className="space-y-1">
                {row.lines
                  .filter((line) => line.adjustments.length > 0)
                  .map((line) => (
                    <li key={line.line} className="flex flex-wrap items-center gap-1">
                      <span className="font-mono text-xs text-muted">
                        L{line.line} {line.code}
                      </span>
                      {line.adjustments.map((label) => (
                        <AdjustmentChip key={label} label={label} />
                      ))}
                      {line.remarks.map((remark) => (
                        <span key={remark} className="font-mono text-xs text-muted">
                          {remark}
                        </span>
                      ))}
                    </li>
                  ))}
              </ul>
            </TD>
            <TD className="min-w-36">
              {row.open ? <DeadlineText deadline={row.deadline} compact /> : <span className="text-muted">—</span>}
              <div className="text-xs text-muted tabular-nums" title={`Aging bucket ${row.bucket} days`}>
                Age {row.daysSinceRemit} days
              </div>
            </TD>
            <TD className="w-32">
              <Badge variant={STATUS_VARIANT[row.status]} wrap>
                {WORK_STATUS_LABELS[row.status]}
              </Badge>
              {row.bestScore !== null && <div className="mt-1 text-xs text-muted">Best {row.bestScore}</div>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
