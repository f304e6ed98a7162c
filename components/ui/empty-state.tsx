import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { InboxIcon } from "./icons";

export type EmptyStateProps = Omit<ComponentProps<"div">, "title"> & {
  title: ReactNode;
  description?: ReactNode;
  /** Usually a Button or ButtonLink. */
  action?: ReactNode;
  /** Defaults to an inbox icon; pass `null` to hide. */
  icon?: ReactNode;
  /** Element for the title; h2 by default. */
  titleAs?: "h1" | "h2" | "h3" | "h4" | "p";
};

export function EmptyState({ title, description, action, icon, titleAs: Title = "h2", className, ...props }: EmptyStateProps) {
  const shownIcon = icon === undefined ? <InboxIcon /> : icon;
  return (
    <div
      className={cn("flex flex-col items-center justify-center rounded-xl border-2 border-dashed border-muted/25 px-6 py-10 text-center sm:py-14", className)}
      {...props}
    >
      {shownIcon ? (
        <div aria-hidden="true" className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-soft text-brand-soft-fg [&>svg]:size-6">
          {shownIcon}
        </div>
      ) : null}
      <Title className="text-base font-semibold text-fg">{title}</Title>
      {description ? <p className="mt-1.5 max-w-sm text-sm leading-relaxed text-muted">{description}</p> : null}
      {action ? <div className="mt-5 flex flex-wrap items-center justify-center gap-3">{action}</div> : null}
    </div>
  );
}
