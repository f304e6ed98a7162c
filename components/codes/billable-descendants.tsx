import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CodeDetail } from "@/lib/codes/code-directory";
import { codeHref } from "./code-link";
import { CodeList } from "./code-list";

/** Every billable code under a header, a page at a time, with the count from the loaded code set. */
export function BillableDescendants({ detail }: { detail: CodeDetail }) {
  const { total, page, pages, pageSize, items } = detail.billableDescendants;
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = first + items.length - 1;
  const pageHref = (target: number) => `${codeHref(detail)}&page=${target}#billable-codes`;
  return (
    <Card id="billable-codes" className="lg:col-span-2">
      <CardHeader>
        <CardTitle>
          All {total.toLocaleString("en-US")} billable code{total === 1 ? "" : "s"} under {detail.code}
        </CardTitle>
      </CardHeader>
      <CardContent>
        <p className="text-sm text-muted">
          Codes {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of {total.toLocaleString("en-US")}, in Tabular order. Pick the one the
          documentation supports.
        </p>
        <CodeList codes={items} start={first} />
        {pages > 1 && (
          <nav aria-label={`Pages of billable codes under ${detail.code}`} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
            {page > 1 && (
              <Link href={pageHref(page - 1)} className="rounded-md border border-border px-3 py-1.5 text-brand hover:bg-surface-2">
                Previous
              </Link>
            )}
            <span className="px-2 text-muted">
              Page {page} of {pages}
            </span>
            {page < pages && (
              <Link href={pageHref(page + 1)} className="rounded-md border border-border px-3 py-1.5 text-brand hover:bg-surface-2">
                Next
              </Link>
            )}
          </nav>
        )}
      </CardContent>
    </Card>
  );
}
