"use client";

import { useEffect, useRef } from "react";

/** What a live event says: its topic and type (ids only; the page re-reads what it shows). */
export type LiveEvent = { topic: string; type: string };

/** While the stream is refused or gone for good, how often the page re-reads and tries again. */
const FALLBACK_MS = 60_000;

/**
 * Listens to /api/events for `topics`. `onEvent` runs for each event; `onConnected` each time the
 * stream is (re)established, with `first` false after a reconnection, when events may have been
 * missed. EventSource reconnects by itself after a dropped connection; when the stream is refused
 * or closed for good, the page falls back to a slow re-read (onConnected(false)) and a new try.
 */
export function useLiveEvents(topics: string[], onEvent: (event: LiveEvent) => void, onConnected?: (first: boolean) => void) {
  const handlers = useRef({ onEvent, onConnected });
  useEffect(() => {
    handlers.current = { onEvent, onConnected };
  });
  const key = topics.join(",");
  useEffect(() => {
    let source: EventSource | null = null;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const connect = () => {
      source = new EventSource(`/api/events?topics=${encodeURIComponent(key)}`);
      source.addEventListener("ready", () => {
        handlers.current.onConnected?.(first);
        first = false;
      });
      source.onmessage = (message) => {
        try {
          const event = JSON.parse(message.data) as LiveEvent;
          handlers.current.onEvent(event);
        } catch {
          // Not an event of ours: nothing to re-read.
        }
      };
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        fallback = setTimeout(() => {
          handlers.current.onConnected?.(false);
          first = false;
          connect();
        }, FALLBACK_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(fallback);
      source?.close();
    };
  }, [key]);
}
