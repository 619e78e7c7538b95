import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { createTicket } from "./service";
import { bulkUpdateTickets } from "./bulk";
import * as access from "./access";

type Person = Awaited<ReturnType<typeof makeUser>>;
let categoryId: string;
let agent: Person;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
  agent = await makeUser("AGENT");
});

async function ticketOf(owner: Person) {
  const result = await createTicket(owner, { subject: "Printer broken", description: "It jams.", categoryId, urgency: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const row = (id: number) => db.ticket.findUniqueOrThrow({ where: { id } });
const eventsOf = (id: number) => db.ticketEvent.findMany({ where: { ticketId: id, type: { not: "CREATED" } }, select: { type: true, fromValue: true, toValue: true, actorId: true } });

describe("bulk changes from the queue", () => {
  it("assigns several tickets, skipping one already assigned that way, with events, version bumps and one audit entry", async () => {
    const alice = await makeUser();
    const [a, b, c] = [await ticketOf(alice), await ticketOf(alice), await ticketOf(alice)];
    await db.ticket.update({ where: { id: c }, data: { assigneeId: agent.id } });
    const result = await bulkUpdateTickets(agent, { ids: [a, b, c, a], change: { kind: "assign", assigneeId: agent.id } });
    expect(result).toEqual({ ok: true, data: { updated: 2 } });
    for (const id of [a, b]) {
      expect(await row(id)).toMatchObject({ assigneeId: agent.id, version: 1 });
      expect(await eventsOf(id)).toEqual([{ type: "ASSIGNEE", fromValue: null, toValue: agent.id, actorId: agent.id }]);
    }
    expect(await eventsOf(c)).toEqual([]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: agent.id, action: "tickets.bulkUpdate", targetId: `${a},${b}` } });
    expect(JSON.parse(entry.data)).toEqual({ ids: [a, b], assigneeId: agent.id });

    expect(await bulkUpdateTickets(agent, { ids: [a], change: { kind: "assign", assigneeId: null } })).toEqual({ ok: true, data: { updated: 1 } });
    expect(await row(a)).toMatchObject({ assigneeId: null, version: 2 });
  });

  it("changes status like a single update: resolvedAt/closedAt, events, and an email to each requester", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const [a, b] = [await ticketOf(alice), await ticketOf(bob)];
    expect(await bulkUpdateTickets(agent, { ids: [a, b], change: { kind: "status", status: "RESOLVED" } })).toEqual({ ok: true, data: { updated: 2 } });
    expect(await row(a)).toMatchObject({ status: "RESOLVED", closedAt: null, version: 1 });
    expect((await row(a)).resolvedAt).toBeInstanceOf(Date);
    expect(await eventsOf(b)).toEqual([{ type: "STATUS", fromValue: "NEW", toValue: "RESOLVED", actorId: agent.id }]);
    for (const person of [alice, bob]) expect(await db.emailMessage.count({ where: { to: person.email, kind: { not: "ticket-filed" } } })).toBe(1);

    await bulkUpdateTickets(agent, { ids: [a], change: { kind: "status", status: "CLOSED" } });
    expect(await row(a)).toMatchObject({ status: "CLOSED", resolvedAt: null });
    expect((await row(a)).closedAt).toBeInstanceOf(Date);
  });

  it("refuses a customer, even on their own tickets, and changes nothing", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    expect(await bulkUpdateTickets(alice, { ids: [id], change: { kind: "status", status: "CLOSED" } })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await row(id)).toMatchObject({ status: "NEW", version: 0 });
  });

  it("does not touch a ticket the viewer cannot see", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    // A viewer who is staff but scoped to nothing: the visibility rule, not the role, must stop the change.
    const original = access.visibleTicketsWhere;
    const spy = vi.spyOn(access, "visibleTicketsWhere").mockImplementation((viewer) => ({ ...original(viewer), id: { not: id } }));
    try {
      expect(await bulkUpdateTickets(agent, { ids: [id], change: { kind: "status", status: "CLOSED" } })).toEqual({ ok: true, data: { updated: 0 } });
    } finally {
      spy.mockRestore();
    }
    expect(await row(id)).toMatchObject({ status: "NEW", version: 0 });
    expect(await eventsOf(id)).toEqual([]);
  });

  it("refuses more than 100 tickets, none at all, an unknown agent and an unknown status", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    const many = Array.from({ length: 101 }, (_, i) => id + i);
    expect(await bulkUpdateTickets(agent, { ids: many, change: { kind: "status", status: "CLOSED" } })).toMatchObject({ ok: false, message: "errors.bulkTooMany" });
    expect(await bulkUpdateTickets(agent, { ids: [], change: { kind: "status", status: "CLOSED" } })).toMatchObject({ ok: false, message: "errors.bulkNoneSelected" });
    expect(await bulkUpdateTickets(agent, { ids: [id], change: { kind: "assign", assigneeId: alice.id } })).toMatchObject({ ok: false, message: "errors.assigneeUnknown" });
    expect(await bulkUpdateTickets(agent, { ids: [id], change: { kind: "status", status: "GONE" as "OPEN" } })).toMatchObject({ ok: false, message: "errors.statusInvalid" });
    expect(await row(id)).toMatchObject({ status: "NEW", assigneeId: null, version: 0 });
  });

  it("sets the priority of several tickets, with a priority event each, and refuses an unknown level", async () => {
    const alice = await makeUser();
    const [a, b] = [await ticketOf(alice), await ticketOf(alice)];
    expect(await bulkUpdateTickets(agent, { ids: [a, b], change: { kind: "priority", priority: "CRITICAL" } })).toEqual({ ok: true, data: { updated: 2 } });
    expect(await row(a)).toMatchObject({ priority: "CRITICAL", status: "NEW", version: 1 });
    expect(await eventsOf(b)).toEqual([{ type: "PRIORITY", fromValue: "MEDIUM", toValue: "CRITICAL", actorId: agent.id }]);
    expect(await bulkUpdateTickets(agent, { ids: [a], change: { kind: "priority", priority: "EXTREME" as "LOW" } })).toMatchObject({ ok: false });
    expect(await bulkUpdateTickets(alice, { ids: [a], change: { kind: "priority", priority: "LOW" } })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect((await row(a)).priority).toBe("CRITICAL");
  });
});
