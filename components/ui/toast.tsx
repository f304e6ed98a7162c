"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { cn } from "./cn";
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon } from "./icons";

export type ToastVariant = "info" | "success" | "danger";

export type ToastOptions = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it disappears (default 5000). `Infinity` keeps it until dismissed. */
  duration?: number;
};

export type ToastApi = {
  /** Shows a toast; returns its id. */
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
};

type ToastRecord = Required<Pick<ToastOptions, "title" | "variant" | "duration">> & {
  id: number;
  description?: string;
};

const DEFAULT_DURATION = 5000;
const MAX_TOASTS = 4;

const ToastContext = createContext<ToastApi | null>(null);

const noop: ToastApi = {
  toast: (options) => {
    if (process.env.NODE_ENV !== "production") {
      console.warn("useToast() called outside <ToastProvider>; toast dropped:", options.title);
    }
    return -1;
  },
  dismiss: () => {},
};

/** Access the toast API. Must be used under <ToastProvider> (outside one it warns and does nothing). */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? noop;
}

/** Wrap the app once (root layout). Renders the toast viewport: bottom-right, full-width at the bottom on phones. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const toast = useCallback((options: ToastOptions) => {
    nextId.current += 1;
    const id = nextId.current;
    const record: ToastRecord = {
      id,
      title: options.title,
      description: options.description,
      variant: options.variant ?? "info",
      duration: options.duration ?? DEFAULT_DURATION,
    };
    setToasts((list) => [...list, record].slice(-MAX_TOASTS));
    return id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ toast, dismiss }), [toast, dismiss]);
  const polite = toasts.filter((t) => t.variant !== "danger");
  const urgent = toasts.filter((t) => t.variant === "danger");

  return (
    <ToastContext value={api}>
      {children}
      <section
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-[100] flex flex-col p-3 sm:inset-x-auto sm:right-0 sm:w-full sm:max-w-sm sm:p-6"
      >
        {/* Both live regions are always in the DOM so the first toast is announced too. */}
        <ol aria-live="polite" className="flex flex-col gap-2">
          {polite.map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </ol>
        <ol aria-live="assertive" className={cn("flex flex-col gap-2", polite.length > 0 && urgent.length > 0 && "mt-2")}>
          {urgent.map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </ol>
      </section>
    </ToastContext>
  );
}

const variantStyles: Record<ToastVariant, { icon: string; Icon: typeof InfoIcon; accent: string }> = {
  info: { icon: "text-brand", Icon: InfoIcon, accent: "before:bg-brand" },
  success: { icon: "text-success", Icon: CheckCircleIcon, accent: "before:bg-success" },
  danger: { icon: "text-danger", Icon: ErrorIcon, accent: "before:bg-danger" },
};

function ToastItem({ toast, onDismiss }: { toast: ToastRecord; onDismiss: (id: number) => void }) {
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
