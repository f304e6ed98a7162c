import type { ComponentProps } from "react";
import { cn } from "./cn";

export type TableProps = ComponentProps<"table"> & {
  /**
   * Accessible name for the scroll container. When given, the wrapper becomes a focusable
   * role="region" so keyboard users can scroll a wide table horizontally.
   */
  label?: string;
  /** Class for the scrolling, bordered wrapper (the plain `className` goes to the <table>). */
  containerClassName?: string;
};

export function Table({ label, className, containerClassName, ...props }: TableProps) {
  return (
    <div
      role={label ? "region" : undefined}
      aria-label={label}
      tabIndex={label ? 0 : undefined}
      className={cn(
        "relative w-full overflow-x-auto rounded-xl border border-border bg-surface",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        containerClassName,
      )}
    >
      <table className={cn("w-full caption-top border-collapse text-left text-sm text-fg", className)} {...props} />
    </div>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("border-b border-border px-4 py-3 text-left text-sm font-medium text-fg", className)} {...props} />;
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-border bg-surface-2", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return (
    <tbody
      className={cn(
        "[&>tr]:border-b [&>tr]:border-border [&>tr:last-child]:border-0",
        "[&>tr]:transition-colors [&>tr:hover]:bg-surface-2 [&>tr:nth-child(even)]:bg-surface-2/40",
        className,
      )}
      {...props}
    />
  );
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn(className)} {...props} />;
}

export type THProps = ComponentProps<"th"> & {
  /** Right-aligns with tabular figures, for number columns. */
  numeric?: boolean;
  /** Centres the label, e.g. over a group of columns. */
  centered?: boolean;
  /** A column label in its own case rather than upper case (e.g. a title). */
  ownCase?: boolean;
};

export function TH({ numeric, centered, ownCase, scope = "col", className, ...props }: THProps) {
  return (
    <th
      scope={scope}
      className={cn(
        "px-4",
        // Row headers (scope="row") read as body text, padded like the row's cells, not as column labels.
        scope === "row"
          ? "py-3 align-middle text-sm font-medium tracking-normal whitespace-normal text-fg"
          : cn("py-2.5 align-bottom text-xs font-semibold tracking-wide whitespace-nowrap text-muted", !ownCase && "uppercase"),
        numeric ? "text-right tabular-nums" : centered ? "text-center" : "text-left",
        className,
      )}
      {...props}
    />
  );
}

export type TDProps = ComponentProps<"td"> & {
  /** Right-aligns with tabular figures, for number columns. */
  numeric?: boolean;
};

export function TD({ numeric, className, ...props }: TDProps) {
  // No vertical-align class: cells inherit the table row's (middle), so a caller's align-* applies.
  return <td className={cn("px-4 py-3", numeric && "text-right whitespace-nowrap tabular-nums", className)} {...props} />;
}
