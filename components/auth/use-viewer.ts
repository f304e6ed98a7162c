"use client";

import type { Session } from "next-auth";
import { useSyncExternalStore } from "react";

export type Viewer = { status: "loading" } | { status: "unauthenticated" } | { status: "authenticated"; user: Session["user"] };

const LOADING: Viewer = { status: "loading" };
let viewer: Viewer = LOADING;
let requested = false;
const listeners = new Set<() => void>();

// Asked once per page load, the first time a component needs it: signing in or out loads a new page, so the answer
// holds until then. This replaces next-auth's SessionProvider and its client library in every page's first load.
function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!requested) {
    requested = true;
    fetch("/api/auth/session")
      .then((response) => (response.ok ? (response.json() as Promise<Partial<Session> | null>) : null))
      .catch(() => null)
      .then((session) => {
        viewer = session?.user ? { status: "authenticated", user: session.user } : { status: "unauthenticated" };
        listeners.forEach((notify) => notify());
      });
  }
  return () => void listeners.delete(listener);
}

/** Who is signed in, as the browser learns it after the page loads ("loading" while rendering on the server). */
export function useViewer(): Viewer {
  return useSyncExternalStore(
    subscribe,
    () => viewer,
    () => LOADING,
  );
}
