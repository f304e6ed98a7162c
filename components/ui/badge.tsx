import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeVariant = "neutral" | "brand" | "success" | "warning" | "danger";

const variants: Record<BadgeVariant, string> = {
  neutral: "bg-surface-2 text-fg",
  brand: "bg-brand-soft text-brand-soft-fg",
  success: "bg-success-soft text-success-soft-fg",
  warning: "bg-warning-soft text-warning-soft-fg",
  danger: "bg-danger-soft text-danger-soft-fg",
};

export type BadgeSize = "sm" | "md" | "lg";

const sizes: Record<BadgeSize, string> = {
  sm: "px-2.5 text-xs leading-5",
  md: "px-2.5 text-sm",
  // As tall as a small button, to stand in for one.
  lg: "h-8 px-3 text-sm",
};

export type BadgeProps = ComponentProps<"span"> & {
  variant?: BadgeVariant;
  size?: BadgeSize;
  /** Lets a long label wrap within its container instead of staying on one line. */
  wrap?: boolean;
};

export function Badge({ variant = "neutral", size = "sm", wrap = false, className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-full py-0.5 font-medium",
        sizes[size],
        wrap ? "max-w-full whitespace-normal" : "whitespace-nowrap",
        "ring-1 ring-current/15 ring-inset [&_svg]:size-3.5",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
