import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ProgressTone = "brand" | "success" | "warning" | "danger";

const tones: Record<ProgressTone, string> = {
  brand: "bg-brand",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
};

export type ProgressBarProps = Omit<ComponentProps<"div">, "children"> & {
  value: number;
  max?: number;
  /** Accessible name (aria-label). Not shown; put a visible heading/label next to it if you need one. */
  label: string;
  /** Shows the percentage (or `valueText`) to the right of the bar. */
  showValue?: boolean;
  /** Human text for the value, e.g. "3 of 10 lessons". Used as aria-valuetext and as the shown value. */
  valueText?: string;
  size?: "sm" | "md";
  tone?: ProgressTone;
};

export function ProgressBar({ value, max = 100, label, showValue = false, valueText, size = "md", tone = "brand", className, ...props }: ProgressBarProps) {
  const safeMax = Number.isFinite(max) && max > 0 ? max : 100;
  const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 0), safeMax) : 0;
  const percent = Math.round((clamped / safeMax) * 100);
  const shown = valueText ?? `${percent}%`;
  return (
    <div className={cn("flex w-full min-w-0 items-center gap-3", className)} {...props}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={clamped}
        aria-valuetext={valueText ?? `${percent}%`}
        className={cn("relative min-w-0 flex-1 overflow-hidden rounded-full bg-border/70", size === "sm" ? "h-1.5" : "h-2.5")}
      >
        <div
          className={cn("h-full rounded-full transition-[width] duration-500 ease-out motion-reduce:transition-none", tones[tone])}
          style={{ width: `${(clamped / safeMax) * 100}%` }}
        />
      </div>
      {showValue && (
        <span aria-hidden="true" className="min-w-10 shrink-0 text-right text-sm font-medium text-fg tabular-nums">
          {shown}
        </span>
      )}
    </div>
  );
}
