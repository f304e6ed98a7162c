"use client";

import { useEffect, useRef, useState, type FocusEvent } from "react";
import { cn } from "./cn";
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon } from "./icons";
import type { ToastRecord, ToastVariant } from "./toast";

const variantStyles: Record<ToastVariant, { icon: string; Icon: typeof InfoIcon; accent: string }> = {
  info: { icon: "text-brand", Icon: InfoIcon, accent: "before:bg-brand" },
  success: { icon: "text-success", Icon: CheckCircleIcon, accent: "before:bg-success" },
  danger: { icon: "text-danger", Icon: ErrorIcon, accent: "before:bg-danger" },
};

/** One notification: dismissed by its button or after its duration, which pauses while it is hovered or focused. */
export function ToastItem({ toast, onDismiss }: { toast: ToastRecord; onDismiss: (id: number) => void }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const remaining = useRef(toast.duration);
  const paused = hovered || focused;
  const { id, duration } = toast;

  // Count down only while neither hovered nor focused; keep the time left across pauses.
  useEffect(() => {
    if (paused || !Number.isFinite(duration) || duration <= 0) return;
    const startedAt = Date.now();
    const timer = window.setTimeout(() => onDismiss(id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(remaining.current - (Date.now() - startedAt), 0);
    };
  }, [paused, duration, id, onDismiss]);

  const v = variantStyles[toast.variant];

  return (
    <li
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event: FocusEvent<HTMLLIElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
      className={cn(
        "pointer-events-auto relative flex w-full items-start gap-3 overflow-hidden rounded-xl border border-border bg-surface py-3.5 pr-12 pl-4 text-fg shadow-lg shadow-black/10",
        "before:absolute before:inset-y-0 before:left-0 before:w-1",
        v.accent,
        "transition-[opacity,translate] duration-200 ease-out motion-reduce:transition-none starting:translate-y-2 starting:opacity-0",
      )}
    >
      <v.Icon className={cn("mt-0.5 size-5 shrink-0", v.icon)} />
      <div className="min-w-0 flex-1">
        <p className="text-sm leading-5 font-semibold">{toast.title}</p>
        {toast.description ? <p className="mt-0.5 text-sm leading-5 text-muted">{toast.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(id)}
        aria-label="Dismiss notification"
        className="absolute top-2.5 right-2.5 inline-flex size-8 items-center justify-center rounded-md text-muted transition-colors hover:bg-surface-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring"
      >
        <CloseIcon className="size-4" />
      </button>
    </li>
  );
}
