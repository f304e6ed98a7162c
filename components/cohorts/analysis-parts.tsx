import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { Tally } from "@/lib/cohorts/item-analysis";

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** One analysed piece of an assignment: its title (linked to the work), a line of counts, and its tables (or why there are none yet). */
export function AnalysisSection({
  id,
  title,
  href,
  kindLabel,
  meta,
  empty,
  children,
}: {
  id: string;
  title: string;
  href: string;
  kindLabel: string;
  meta: ReactNode;
  /** Shown instead of the tables while no learner has tried the work. */
  empty?: { title: string; description: string };
  children: ReactNode;
}) {
  const headingId = `analysis-${id}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold text-fg">
          <span className="block text-xs font-semibold tracking-wide text-muted uppercase">{kindLabel}</span>
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        </h2>
        <p className="text-sm text-muted">{meta}</p>
      </div>
      {empty ? (
        <EmptyState className="mt-3" titleAs="h3" title={empty.title} description={empty.description} />
      ) : (
        <div className="mt-3 space-y-3">{children}</div>
      )}
    </section>
  );
}

/** The share right as a bar coloured by how much reteaching it calls for. */
export function PercentRight({ fraction, label }: { fraction: number; label: string }) {
  return (
    <ProgressBar
      value={fraction * 100}
      size="sm"
      showValue
      label={label}
      valueText={percent(fraction)}
      tone={fraction >= 0.8 ? "success" : fraction >= 0.5 ? "warning" : "danger"}
    />
  );
}

/** The most common answers given instead of the right one, with how many gave each. */
export function TallyList({
  tallies,
  label,
  mono = false,
  empty = "–",
}: {
  tallies: Tally[];
  label?: (value: string) => string;
  mono?: boolean;
  empty?: string;
}) {
  if (!tallies.length) return <span className="text-muted">{empty}</span>;
  return (
    <ul className="space-y-0.5">
      {tallies.map((tally) => (
        <li key={tally.value}>
          <span className={mono ? "font-mono whitespace-nowrap" : ""}>{label ? label(tally.value) : tally.value}</span>{" "}
          <span className="whitespace-nowrap text-muted">×{tally.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** The counts line under an analysed item's title. */
export function AnalysisMeta({
  learners,
  averageScore,
  version,
  olderVersions = 0,
  children,
}: {
  learners: number;
  averageScore: number | null;
  version?: string;
  olderVersions?: number;
  children?: ReactNode;
}) {
  return (
    <>
      {learners} {learners === 1 ? "learner" : "learners"} · first tries{version && ` · ${version}`}
      {averageScore !== null && (
        <>
          {" "}
          · average <strong className="text-fg">{averageScore}</strong>
        </>
      )}
      {children}
      {olderVersions > 0 && ` · ${olderVersions} under an older version left out`}
    </>
  );
}
