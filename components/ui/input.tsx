import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * Shared look of text-like form controls (Input, Select, a textarea). The border uses a muted mix rather than the
 * `border` token so the control's edge keeps ~3:1 contrast against the surface (WCAG 1.4.11). Width, padding and
 * text size are the control's own (see `controlLayout`).
 */
export const controlClasses =
  "block min-w-0 rounded-lg border border-muted/55 bg-surface text-fg shadow-xs " +
  "placeholder:text-muted/80 transition-[border-color,box-shadow] duration-150 " +
  "hover:border-muted/80 " +
  "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring " +
  "disabled:cursor-not-allowed disabled:bg-surface-2 disabled:text-muted disabled:opacity-70 disabled:hover:border-muted/55 " +
  "aria-[invalid=true]:border-danger aria-[invalid=true]:focus-visible:outline-danger";

export type ControlSize = "sm" | "md" | "lg";

/** Sizing props shared by Input and Select. */
export type ControlLayoutProps = {
  /** Height: 36, 40 (default) or 48 px. */
  controlSize?: ControlSize;
  /** Fills its container's width (default); false leaves the width to `className`. */
  fullWidth?: boolean;
  /** Narrower side padding, for a control a few characters wide. */
  dense?: boolean;
};

const heights: Record<ControlSize, string> = { sm: "h-9", md: "h-10", lg: "h-12" };

/** Width, height and side padding of a control; 16 px text on phones stops iOS Safari from zooming on focus, 14 px from `sm` up. */
export function controlLayout({ controlSize = "md", fullWidth = true, dense = false }: ControlLayoutProps): string {
  return cn(heights[controlSize], fullWidth && "w-full", dense ? "px-2" : "px-3", "text-base sm:text-sm");
}

export type InputProps = ComponentProps<"input"> &
  ControlLayoutProps & {
    /** Sets aria-invalid and the danger border. */
    invalid?: boolean;
  };

export function Input({ invalid, controlSize, fullWidth, dense, className, type = "text", "aria-invalid": ariaInvalid, ...props }: InputProps) {
  return (
    <input
      type={type}
      aria-invalid={invalid ? true : ariaInvalid}
      className={cn(
        controlClasses,
        controlLayout({ controlSize, fullWidth, dense }),
        "py-2 read-only:bg-surface-2",
        "file:mr-3 file:h-full file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-fg",
        className,
      )}
      {...props}
    />
  );
}
