import Link from "next/link";
import { cn } from "@/components/ui/cn";

export const DISPUTE_FILTERS = [
  { value: "OPEN", label: "Open" },
  { value: "ACCEPTED", label: "Accepted" },
  { value: "REJECTED", label: "Rejected" },
  { value: "ALL", label: "All" },
] as const;
export type DisputeFilterValue = (typeof DISPUTE_FILTERS)[number]["value"];

/** Open / accepted / rejected / all, as links that keep the filter in the address. */
export function DisputeFilter({ basePath, current }: { basePath: string; current: DisputeFilterValue }) {
  return (
    <nav aria-label="Filter disputes" className="mt-6 flex flex-wrap gap-2">
      {DISPUTE_FILTERS.map((filter) => (
        <Link
          key={filter.value}
          href={`${basePath}?status=${filter.value}`}
          aria-current={filter.value === current ? "page" : undefined}
          className={cn(
            "rounded-full border px-3 py-1 text-sm font-medium",
            filter.value === current ? "border-brand bg-brand-soft text-brand-soft-fg" : "border-border text-muted hover:text-fg",
          )}
        >
          {filter.label}
        </Link>
      ))}
    </nav>
  );
}
