"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

type LazyPartOptions = {
  /** false: never rendered on the server (the fallback is, then the part once the page has hydrated). */
  ssr?: boolean;
  /** Shown while the part downloads; giving one also gives the part a Suspense boundary of its own. */
  fallback?: ReactNode;
};

const subscribeToNothing = () => () => {};

/** False on the server and while the page hydrates, true after: what a part that must not render on the server waits for. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * A component whose code is fetched when it first renders, not with the page (React.lazy). Like next/dynamic, whose
 * runtime it replaces in every page's first load: a part with a fallback or `ssr: false` has its own Suspense
 * boundary; one without suspends its parent, so a part revealed inside a transition keeps the old screen until it
 * has loaded instead of flashing empty. `load` is a module-level function the page can also call to prefetch.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>, options: LazyPartOptions = {}): ComponentType<Props> {
  const Part = lazy(() => load().then((component) => ({ default: component }))) as unknown as ComponentType<Props>;
  const fallback = options.fallback ?? null;
  const ownBoundary = options.ssr === false || options.fallback !== undefined;
  function LazyPart(props: Props) {
    const hydrated = useHydrated();
    if (options.ssr === false && !hydrated) return fallback;
    return ownBoundary ? (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    ) : (
      <Part {...props} />
    );
  }
  return LazyPart;
}
