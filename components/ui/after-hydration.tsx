"use client";

import { Suspense, useSyncExternalStore, type ReactNode } from "react";

const subscribeNothing = () => () => {};

/**
 * `children` once the page has hydrated; `fallback` in the server's HTML and until their code has
 * arrived. For parts loaded with React's lazy() that the first paint does not need (issue #10).
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
