"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { unreadCountAction } from "@/lib/notifications/actions";

const POLL_MS = 15_000;

/**
 * The console's bell with the unread count. Drawn by the server, then kept current by a light
 * poll (until the realtime layer's notifications topic is on main) and at each navigation.
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications");
  const pathname = usePathname();
  const [count, setCount] = useState(initialCount);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      const next = await unreadCountAction().catch(() => null);
      if (!stopped && next !== null) setCount(next);
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pathname]);
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
