"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ticketPulseAction } from "@/lib/tickets/actions";
import type { TicketPulse } from "@/lib/tickets/presence";
import { useLiveEvents } from "@/components/use-live-events";

/**
 * Keeps the console ticket page current and says who else is on it, through one live stream on
 * "ticket:<id>" (the ticket changed: the page is re-read) and "presence:<id>" (the stream itself
 * marks this agent as viewing; an event says someone came or left). Who else is viewing or has
 * replied since the page was drawn is re-read on each of those events.
 */
export function TicketLive({ ticketId }: { ticketId: number }) {
  const t = useTranslations("agentDesk");
  const router = useRouter();
  const [others, setOthers] = useState<TicketPulse["others"]>([]);
  const since = useRef(new Date().toISOString());
  const refreshTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const rereadOthers = async () => {
    const pulse = await ticketPulseAction(ticketId, since.current).catch(() => null);
    if (pulse) setOthers(pulse.others);
  };
  const refreshPage = () => {
    // A burst of events (a reply and its status change) makes one redraw.
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => router.refresh(), 300);
  };
  useLiveEvents(
    [`ticket:${ticketId}`, `presence:${ticketId}`],
    (event) => {
      if (event.topic.startsWith("ticket:")) refreshPage();
      void rereadOthers();
    },
    (first) => {
      if (!first) refreshPage();
      void rereadOthers();
    },
  );

  if (others.length === 0) return null;
  return (
    <ul role="status" aria-label={t("othersLabel")} className="space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="ticket-presence">
      {others.map((o) => (
        <li key={o.name}>
          {o.replied ? t("otherReplied", { name: o.name }) : t("otherViewing", { name: o.name })}
        </li>
      ))}
    </ul>
  );
}
