import "server-only";
import { z } from "zod";
import { defineJob, defineSchedule, enqueueJobs } from "@/lib/jobs";
import { closeResolvedTickets } from "./auto-close";
import { notifyRequester } from "./notify";

/** The requester's email about a status change Portico made itself (auto-close). */
export const statusEmailJob = defineJob({
  name: "tickets.status-email",
  payload: z.object({ ticketId: z.number().int().positive(), status: z.enum(["CLOSED"]) }),
  run: async ({ ticketId, status }) => {
    await notifyRequester(ticketId, null, { kind: "status", status });
  },
});

/** Closes the resolved tickets that are due and queues their requesters' emails, a chunk at a time. */
export function closeResolvedAndNotify(now = new Date()) {
  return closeResolvedTickets(now, {
    onClosed: (ids) => enqueueJobs(statusEmailJob, ids.map((ticketId) => ({ ticketId, status: "CLOSED" as const }))),
  });
}

const autoCloseJob = defineJob({
  name: "tickets.auto-close",
  payload: z.object({}),
  run: async () => {
    const ids = await closeResolvedAndNotify();
    if (ids.length > 0) console.info(`auto-close: closed ${ids.length} resolved ticket(s)`);
  },
});

// Once an hour across all instances (it replaces a timer in every process).
defineSchedule({ name: "tickets.auto-close", everySeconds: 3600, job: autoCloseJob });
