"use client";

import { useEffect } from "react";
import { useChatStream } from "./use-chat-stream";

/**
 * Keeps a list page current: the tab's stream says when the viewer's conversations changed and
 * the page is read again from the server. `title` puts a count before the tab's title (the
 * console's waiting conversations).
 */
export function LiveLists({ titleCount }: { titleCount?: number }) {
  useChatStream({});
  useEffect(() => {
    if (titleCount === undefined) return;
    const base = document.title.replace(/^\(\d+\) /, "");
    document.title = titleCount > 0 ? `(${titleCount}) ${base}` : base;
  }, [titleCount]);
  return null;
}
