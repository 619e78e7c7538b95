"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ticketPulseAction } from "@/lib/tickets/actions";
import type { TicketPulse } from "@/lib/tickets/presence";

const BEAT_MS = 10_000;

/**
 * Keeps the console ticket page current and says who else is on it: a heartbeat (a light poll
 * until the realtime layer lands) records this agent's presence, re-reads the page when the
 * ticket's version moved, and lists the other agents viewing it or who replied since it was drawn.
 */
export function TicketLive({ ticketId, version }: { ticketId: number; version: number }) {
  const t = useTranslations("agentDesk");
  const router = useRouter();
  const [others, setOthers] = useState<TicketPulse["others"]>([]);
  const since = useRef(new Date().toISOString());
  const drawn = useRef(version);
  useEffect(() => {
    drawn.current = version;
  }, [version]);

  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState !== "visible") return;
      const pulse = await ticketPulseAction(ticketId, since.current).catch(() => null);
      if (stopped || !pulse) return;
      setOthers(pulse.others);
      if (pulse.version !== drawn.current) router.refresh();
    };
    void beat();
    const timer = setInterval(beat, BEAT_MS);
    document.addEventListener("visibilitychange", beat);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", beat);
    };
  }, [ticketId, router]);

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
