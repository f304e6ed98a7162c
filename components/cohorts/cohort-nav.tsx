import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/gradebook", label: "Gradebook" },
];

/** Overview / Gradebook tabs at the top of an instructor's cohort pages. */
export function CohortNav({ cohortId, current }: { cohortId: string; current: "" | "/gradebook" }) {
  return (
    <nav aria-label="Cohort" className="mt-6 flex gap-1 border-b border-border">
      {TABS.map((tab) => (
        <Link
          key={tab.segment}
          href={`/instructor/cohorts/${cohortId}${tab.segment}`}
          aria-current={tab.segment === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.segment === current ? "border-brand text-fg" : "border-transparent text-muted hover:text-fg",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
