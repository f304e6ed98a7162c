import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { SpinnerIcon } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "ghost-muted" | "ghost-danger" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "relative inline-flex shrink-0 items-center justify-center gap-2 rounded-lg font-medium whitespace-nowrap select-none " +
  "transition-[color,background-color,border-color,box-shadow] duration-150 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring " +
  "disabled:opacity-55 aria-disabled:pointer-events-none aria-disabled:opacity-55 " +
  "[&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand text-brand-fg shadow-xs hover:bg-brand-hover disabled:hover:bg-brand",
  secondary:
    "border border-border bg-surface text-fg shadow-xs hover:border-muted/40 hover:bg-surface-2 disabled:hover:border-border disabled:hover:bg-surface",
  ghost: "text-fg hover:bg-surface-2 disabled:hover:bg-transparent",
  // Ghost buttons for a secondary action (muted) and a destructive one (danger text) in a row of ghost buttons.
  "ghost-muted": "text-muted hover:bg-surface-2 disabled:hover:bg-transparent",
  "ghost-danger": "text-danger hover:bg-surface-2 disabled:hover:bg-transparent",
  // There is no --color-danger-fg token: white on the light-theme red, near-black on the lighter dark-theme red.
  danger: "bg-danger text-white shadow-xs hover:bg-danger-hover disabled:hover:bg-danger dark:text-canvas",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm [&_svg]:size-4",
  md: "h-10 px-4 text-sm [&_svg]:size-4",
  lg: "h-12 px-5 text-base [&_svg]:size-5",
};

export type ButtonStyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
};

/** Class string for anything that should look like a button (e.g. a native <a> or <summary>). */
export function buttonClasses({ variant = "primary", size = "md", className, busy = false }: ButtonStyleProps & { busy?: boolean } = {}): string {
  return cn(base, busy ? "cursor-wait disabled:cursor-wait" : "disabled:cursor-not-allowed", variants[variant], sizes[size], className);
}

export type ButtonProps = ComponentProps<"button"> &
  ButtonStyleProps & {
    /** Shows a spinner, sets aria-busy and disables the button. */
    loading?: boolean;
  };

export function Button({ variant, size, loading = false, disabled, className, children, ...props }: ButtonProps) {
  return (
    <button disabled={disabled || loading} aria-busy={loading || undefined} className={buttonClasses({ variant, size, className, busy: loading })} {...props}>
      {loading && <SpinnerIcon />}
      {children}
    </button>
  );
}

export type ButtonLinkProps = Omit<ComponentProps<typeof Link>, "className"> & ButtonStyleProps;

/** A next/link styled as a button. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
