import type { ComponentProps } from "react";
import { cn } from "./cn";

const spinnerSizes = {
  sm: "size-4",
  md: "size-5",
  lg: "size-8",
} as const;

export type SpinnerSize = keyof typeof spinnerSizes;

/** The bare animated ring, decorative (aria-hidden). Used inside Button; use `Spinner` on its own elsewhere. */
export function SpinnerIcon({ className, ...props }: ComponentProps<"svg">) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      focusable="false"
      className={cn("size-[1em] shrink-0 animate-spin motion-reduce:animate-[spin_1.5s_linear_infinite]", className)}
      {...props}
    >
      <circle cx="12" cy="12" r="9.5" stroke="currentColor" strokeWidth="3" className="opacity-25" />
      <path d="M21.5 12A9.5 9.5 0 0 0 12 2.5" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

export type SpinnerProps = Omit<ComponentProps<"span">, "children"> & {
  /** Announced to screen readers (visually hidden). */
  label?: string;
  size?: SpinnerSize;
};

/** A loading indicator with role="status" and a visually hidden label. Colour follows `currentColor`. */
export function Spinner({ label = "Loading", size = "md", className, ...props }: SpinnerProps) {
  return (
    <span role="status" className={cn("inline-flex items-center justify-center text-brand", className)} {...props}>
      <SpinnerIcon className={spinnerSizes[size]} />
      <span className="sr-only">{label}</span>
    </span>
  );
}
