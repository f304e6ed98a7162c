"use client";

import { lazyPart } from "./lazy-part";
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { useIdlePreload } from "./use-idle-preload";

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

export type ToastRecord = Required<Pick<ToastOptions, "title" | "variant" | "duration">> & {
  id: number;
  description?: string;
};

const DEFAULT_DURATION = 5000;
const MAX_TOASTS = 4;

// A toast's own markup is not part of a page's first load: it is fetched once the page is idle, so it is there
// before the first toast, even one that reports a lost connection.
const loadToastItem = () => import("./toast-item").then((module) => module.ToastItem);
const ToastItem = lazyPart(loadToastItem, { ssr: false });

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
  useIdlePreload(loadToastItem);

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
