import "server-only";
import { db } from "@/lib/db";
import { getPortalSettings } from "@/lib/settings/queries";
import { notifyRequester } from "./notify";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Closes the tickets resolved at least PortalSettings.autoCloseDays ago (0: never; `options` may
 * say otherwise), recording the change as the system's (an event without actor) and telling each
 * requester. Each ticket is closed only if it is still resolved and still old enough when written,
 * so a requester who reopens it in the meantime wins. Returns the ids closed.
 */
export async function closeResolvedTickets(now: Date = new Date(), options: { autoCloseDays?: number } = {}): Promise<number[]> {
  const autoCloseDays = options.autoCloseDays ?? (await getPortalSettings()).autoCloseDays;
  if (autoCloseDays <= 0) return [];
  const cutoff = new Date(now.getTime() - autoCloseDays * DAY_MS);
  const candidates = await db.ticket.findMany({
    where: { status: "RESOLVED", resolvedAt: { lte: cutoff } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const closed: number[] = [];
  for (const { id } of candidates) {
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.ticket.updateMany({
        where: { id, status: "RESOLVED", resolvedAt: { lte: cutoff } },
        data: { status: "CLOSED", closedAt: now, version: { increment: 1 } },
      });
      if (updated.count === 0) return false;
      await tx.ticketEvent.create({ data: { ticketId: id, actorId: null, type: "STATUS", fromValue: "RESOLVED", toValue: "CLOSED", createdAt: now } });
      return true;
    });
    if (done) {
      closed.push(id);
      await notifyRequester(id, null, { kind: "status", status: "CLOSED" });
    }
  }
  return closed;
}

const HOUR_MS = 60 * 60 * 1000;
const timers = globalThis as unknown as { porticoAutoClose?: boolean };

/**
 * Runs closeResolvedTickets a minute after start and then every hour, in the server process (see
 * instrumentation.ts). The timers do not keep the process alive, and a failed run is logged and
 * retried at the next tick, never thrown.
 */
export function startAutoCloseTimer(intervalMs = HOUR_MS): void {
  if (timers.porticoAutoClose) return;
  timers.porticoAutoClose = true;
  const run = () =>
    closeResolvedTickets()
      .then((ids) => {
        if (ids.length > 0) console.info(`auto-close: closed ${ids.length} resolved ticket(s): ${ids.join(", ")}`);
      })
      .catch((error) => console.error("auto-close: run failed", error));
  setTimeout(run, Math.min(60_000, intervalMs)).unref();
  setInterval(run, intervalMs).unref();
}
