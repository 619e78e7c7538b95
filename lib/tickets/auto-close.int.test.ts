import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { closeResolvedTickets } from "./auto-close";
import { createTicket, reopenTicket } from "./service";
import { getTicket } from "./queries";

// Tickets here are resolved in January 2000, long before any other test's, so that closing
// "everything resolved before the cutoff" touches only these.
const day = (n: number) => new Date(Date.UTC(2000, 0, n));

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

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
    const closed = await closeResolvedTickets(now);
    expect(closed).toContain(old.id);
    expect(closed).not.toContain(recent.id);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "CLOSED", closedAt: now, version: 1 });
    expect(await statusOf(recent.id)).toBe("RESOLVED");
    const events = await db.ticketEvent.findMany({ where: { ticketId: old.id, type: "STATUS" } });
    expect(events).toEqual([expect.objectContaining({ actorId: null, fromValue: "RESOLVED", toValue: "CLOSED", createdAt: now })]);
    const history = await getTicket(old.requester, old.id);
    expect(history?.events.find((e) => e.type === "STATUS")).toMatchObject({ actor: null });
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

  it("a reopen that lands between the lookup and the update wins", async () => {
    const { requester, id } = await resolvedTicket(day(1));
    const findMany = db.ticket.findMany.bind(db.ticket);
    const spy = vi.spyOn(db.ticket, "findMany").mockImplementationOnce((async (args: Parameters<typeof findMany>[0]) => {
      const found = await findMany(args);
      expect(await reopenTicket(requester, { ticketId: id, reason: "Broken again" })).toMatchObject({ ok: true });
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
