"use client";

import { useEffect } from "react";

/**
 * Fetches a lazily loaded part of the page once the browser is idle (at most a few seconds after it renders), so
 * the first use of it does not wait for the download. `load` must be stable (a module-level function).
 */
export function useIdlePreload(load: () => Promise<unknown>): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(() => void load(), 1000);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => void load(), { timeout: 3000 });
    return () => window.cancelIdleCallback(idle);
  }, [load]);
}
