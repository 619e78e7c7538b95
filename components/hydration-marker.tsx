"use client";

import { useEffect } from "react";

/** Marks the page as interactive once React has hydrated; browser tests wait for it. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
