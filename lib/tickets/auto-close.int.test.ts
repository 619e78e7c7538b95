import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { makeCategory, makeUser } from "@/test/factories";
import { AUTO_CLOSE_CHUNK, closeResolvedTickets } from "./auto-close";
import { closeResolvedAndNotify } from "./jobs";
import { createTicket, reopenTicket } from "./service";
import { getTicket } from "./queries";

// Tickets here are resolved in January 2000, long before any other test's, so that closing
// "everything resolved before the cutoff" touches only these.
const day = (n: number) => new Date(Date.UTC(2000, 0, n));

let categoryId: string;
let runner: JobRunner;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
  runner = await startJobRunner({ pollMs: 100, schedules: false });
}, 30_000);
afterAll(() => runner.stop(), 30_000);

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function resolvedTicket(resolvedAt: Date) {
  const requester = await makeUser();
  const created = await createTicket(requester, { subject: "Old problem", description: "Fixed.", categoryId, urgency: "LOW" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  await db.ticket.update({ where: { id: created.data.id }, data: { status: "RESOLVED", resolvedAt } });
  return { requester, id: created.data.id };
}

const statusOf = async (id: number) => (await db.ticket.findUniqueOrThrow({ where: { id } })).status;

describe("closing resolved tickets", () => {
  it("closes those resolved at least autoCloseDays (7 by default) ago, as the system, and tells the requester", async () => {
    const old = await resolvedTicket(day(1));
    const recent = await resolvedTicket(day(5));
    const now = day(9);
    const closed = await closeResolvedAndNotify(now);
    expect(closed).toContain(old.id);
    expect(closed).not.toContain(recent.id);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "CLOSED", closedAt: now, version: 1 });
    expect(await statusOf(recent.id)).toBe("RESOLVED");
    const events = await db.ticketEvent.findMany({ where: { ticketId: old.id, type: "STATUS" } });
    expect(events).toEqual([expect.objectContaining({ actorId: null, fromValue: "RESOLVED", toValue: "CLOSED", createdAt: now })]);
    const history = await getTicket(old.requester, old.id);
    expect(history?.events.find((e) => e.type === "STATUS")).toMatchObject({ actor: null });
    // The email is queued as a job and sent by the runner.
    await until(async () => (await db.emailMessage.count({ where: { to: old.requester.email, kind: { not: "ticket-filed" } } })) > 0);
    const mails = await db.emailMessage.findMany({ where: { to: old.requester.email, kind: { not: "ticket-filed" } } });
    expect(mails.map((m) => m.kind)).toEqual(["ticket-status"]);
    expect(await db.emailMessage.count({ where: { to: recent.requester.email, kind: { not: "ticket-filed" } } })).toBe(0);
    // Run again: nothing is closed twice.
    expect(await closeResolvedTickets(now)).not.toContain(old.id);
    expect(await db.ticketEvent.count({ where: { ticketId: old.id, type: "STATUS" } })).toBe(1);
  });

  it("0 days means never", async () => {
    const old = await resolvedTicket(day(1));
    expect(await closeResolvedTickets(day(28), { autoCloseDays: 0 })).toEqual([]);
    expect(await statusOf(old.id)).toBe("RESOLVED");
  });

  it("works through more tickets than one chunk, each closed once with one event", async () => {
    const tickets = [];
    for (let i = 0; i < AUTO_CLOSE_CHUNK + 5; i++) tickets.push(await resolvedTicketFast(day(2)));
    const closed = await closeResolvedTickets(day(20));
    for (const id of tickets) expect(closed).toContain(id);
    expect(new Set(closed).size).toBe(closed.length);
    expect(await db.ticket.count({ where: { id: { in: tickets }, status: "CLOSED" } })).toBe(tickets.length);
    expect(await db.ticketEvent.count({ where: { ticketId: { in: tickets }, type: "STATUS", toValue: "CLOSED" } })).toBe(tickets.length);
  }, 60_000);

  // Last: restoring the spy leaves the Prisma delegate without findMany for later tests.
  it("a reopen that lands between the lookup and the update wins", async () => {
    const { requester, id } = await resolvedTicket(day(1));
    const findMany = db.ticket.findMany.bind(db.ticket);
    let first = true;
    const spy = vi.spyOn(db.ticket, "findMany").mockImplementation((async (args: Parameters<typeof findMany>[0]) => {
      const found = await findMany(args);
      if (first) {
        first = false;
        expect(await reopenTicket(requester, { ticketId: id, reason: "Broken again" })).toMatchObject({ ok: true });
      }
      return found;
    }) as unknown as typeof db.ticket.findMany);
    try {
      const closed = await closeResolvedTickets(day(9), { autoCloseDays: 1 });
      expect(closed).not.toContain(id);
    } finally {
      spy.mockRestore();
    }
    expect(await statusOf(id)).toBe("OPEN");
    expect(await db.ticketEvent.count({ where: { ticketId: id, actorId: null } })).toBe(0);
  });

});

/** A resolved ticket written straight to the table (the chunk test needs many). */
async function resolvedTicketFast(resolvedAt: Date) {
  const requester = await makeUser();
  const ticket = await db.ticket.create({
    data: { subject: "Old", description: "Fixed.", categoryId, urgency: "LOW", requesterId: requester.id, createdById: requester.id, status: "RESOLVED", resolvedAt },
    select: { id: true },
  });
  return ticket.id;
}
