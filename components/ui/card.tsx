import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex min-w-0 flex-col rounded-xl border border-border bg-surface text-fg shadow-xs", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5 p-5 sm:p-6", className)} {...props} />;
}

export type CardTitleProps = ComponentProps<"h2"> & {
  /** Heading level; h2 by default. */
  as?: "h1" | "h2" | "h3";
};

export function CardTitle({ as: Heading = "h2", className, ...props }: CardTitleProps) {
  return <Heading className={cn("text-lg leading-snug font-semibold tracking-tight text-fg", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm leading-relaxed text-muted", className)} {...props} />;
}

/** Body. Sits under CardHeader without extra top padding; gets full padding when it is the first child. */
export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-5 pb-5 first:pt-5 sm:px-6 sm:pb-6 sm:first:pt-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("mt-auto flex flex-wrap items-center gap-3 rounded-b-xl border-t border-border bg-surface-2/60 px-5 py-4 sm:px-6", className)}
      {...props}
    />
  );
}
