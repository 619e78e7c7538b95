"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useLiveEvents } from "@/components/use-live-events";

/** The person is in the middle of something a redraw would disturb: typing, or tickets ticked for a bulk change. */
function busy(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  return !!document.querySelector('input[name="ids"]:checked');
}

/**
 * Re-reads the page (router.refresh()) when something it shows changes: listens to
 * /api/events for the given topics. Bursts of events make one refresh. With `waitWhileBusy`, a
 * refresh waits until the person is no longer typing or selecting. Renders nothing.
 */
export function LiveRefresh({ topics, waitWhileBusy = false }: { topics: string[]; waitWhileBusy?: boolean }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refresh = (delay = 300) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (waitWhileBusy && busy()) refresh(2_000);
      else router.refresh();
    }, delay);
  };
  useLiveEvents(topics, () => refresh(), (first) => {
    if (!first) refresh();
  });
  return null;
}
