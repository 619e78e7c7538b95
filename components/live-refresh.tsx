"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Re-reads the page (router.refresh()) when something it shows changes: listens to
 * /api/events for the given topics. Bursts of events make one refresh. Renders nothing.
 */
export function LiveRefresh({ topics }: { topics: string[] }) {
  const router = useRouter();
  const key = topics.join(",");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(`/api/events?topics=${encodeURIComponent(key)}`);
    source.onmessage = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 300);
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [key, router]);
  return null;
}
