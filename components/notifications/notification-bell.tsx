"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { unreadCountAction } from "@/lib/notifications/actions";
import { useLiveEvents } from "@/components/use-live-events";

/**
 * The console's bell with the unread count. Drawn by the server, then re-read whenever the
 * agent's notifications change (their "notifications:<id>" live topic: a new notice, or notices
 * read in another tab) and each time its stream (re)connects.
 */
export function NotificationBell({ initialCount, userId }: { initialCount: number; userId: string }) {
  const t = useTranslations("notifications");
  const [count, setCount] = useState(initialCount);
  const reread = async () => {
    const next = await unreadCountAction().catch(() => null);
    if (next !== null) setCount(next);
  };
  // Also re-read on (re)connecting: a notice may have arrived between the drawing and the stream.
  useLiveEvents([`notifications:${userId}`], () => void reread(), () => void reread());
  return (
    <Link href="/admin/notifications" aria-label={t("bellUnread", { count })} className="relative inline-flex items-center rounded-md p-1 text-slate-600 hover:text-brand" data-testid="notification-bell">
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span className="absolute -right-1 -top-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white" data-testid="notification-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
