import type { ReactNode } from "react";

/**
 * One section of /progress: a titled block with an optional one-line description and action, then its content.
 * The page's own sections and the capability sections (workdays, denials) all use it so they look alike.
 */
export function ProgressSection({
  id,
  title,
  description,
  action,
  children,
}: {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id={id} className="text-xl font-bold text-fg">
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-muted">{description}</p>}
        </div>
        {action}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** One figure in a progress summary grid (inside a <dl>): label, value and an optional detail line. */
export function ProgressStat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-fg tabular-nums">{value}</dd>
      {detail && <dd className="mt-0.5 text-xs text-muted">{detail}</dd>}
    </div>
  );
}
