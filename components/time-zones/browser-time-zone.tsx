"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { adoptBrowserTimeZoneAction } from "@/lib/time-zones/actions";

/** At a person's first visit, stores the browser's time zone as theirs and redraws the dates. */
export function BrowserTimeZone() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    void adoptBrowserTimeZoneAction(zone).then((stored) => {
      if (stored) router.refresh();
    });
  }, [router]);
  return null;
}
