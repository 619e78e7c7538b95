import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, updateTicket } from "./service";
import { getTicket } from "./queries";
import { leaveTicket, markViewing, PRESENCE_TTL_MS, presenceTopic, ticketPulse } from "./presence";
import { realtimeReady, subscribe } from "@/lib/realtime";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(owner: Awaited<ReturnType<typeof makeUser>>) {
  const result = await createTicket(owner, { subject: "Printer", description: "It jams.", categoryId, urgency: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const stored = (id: number) => db.ticket.findUniqueOrThrow({ where: { id }, select: { status: true, priority: true, assigneeId: true, version: true } });
const statusEvents = (id: number) => db.ticketEvent.findMany({ where: { ticketId: id, type: "STATUS" }, select: { fromValue: true, toValue: true } });

describe("the properties panel's save", () => {
  it("changes only the fields sent: an assignee saved after a reply opened the ticket leaves the status Open", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    // The panel was drawn at version 0 (New); the agent's public reply moves the ticket to Open.
    await addReply(agent, { ticketId: id, body: "Looking at it" });
    const result = await updateTicket(agent, { ticketId: id, version: 0, assigneeId: agent.id, seen: { assigneeId: "" } });
    expect(result).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ status: "OPEN", assigneeId: agent.id });
    expect(await statusEvents(id)).toEqual([{ fromValue: "NEW", toValue: "OPEN" }]);
  });

  it("refuses a field someone else changed in between, names it, and writes nothing", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const id = await ticketOf(alice);
    expect(await updateTicket(ana, { ticketId: id, version: 0, priority: "HIGH", seen: { priority: "MEDIUM" } })).toMatchObject({ ok: true });
    const late = await updateTicket(ben, { ticketId: id, version: 0, priority: "LOW", status: "OPEN", seen: { priority: "MEDIUM", status: "NEW" } });
    expect(late).toMatchObject({ ok: false, message: "errors.fieldConflict", fieldErrors: { priority: ["errors.changedMeanwhile"] } });
    expect(await stored(id)).toMatchObject({ status: "NEW", priority: "HIGH", version: 1 });
  });

  it("applies a change to a field nobody else touched, on an older version", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await updateTicket(ana, { ticketId: id, version: 0, priority: "HIGH", seen: { priority: "MEDIUM" } });
    expect(await updateTicket(ben, { ticketId: id, version: 0, status: "WAITING_FOR_CUSTOMER", seen: { status: "NEW" } })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await stored(id)).toMatchObject({ status: "WAITING_FOR_CUSTOMER", priority: "HIGH" });
  });
});

describe("what a customer sees of the workflow", () => {
  it("names the assignee like the console, shows agents' status changes, hides priority and their own status clicks", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await updateTicket(agent, { ticketId: id, version: 0, assigneeId: agent.id, priority: "HIGH", status: "RESOLVED" });
    await db.ticketEvent.create({ data: { ticketId: id, actorId: alice.id, type: "STATUS", fromValue: "RESOLVED", toValue: "OPEN" } });
    const seen = await getTicket(alice, id);
    expect(seen?.events.map((e) => e.type).sort()).toEqual(["ASSIGNEE", "STATUS"]);
    expect(seen?.assigneeNames[agent.id]).toBe("Test AGENT");
    const console = await getTicket(agent, id);
    expect(console?.events.map((e) => e.type).sort()).toEqual(["ASSIGNEE", "CREATED", "PRIORITY", "STATUS", "STATUS"]);
  });
});

describe("presence on a ticket", () => {
  it("tells an agent who else is viewing and who replied since they opened it; customers get nothing", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const id = await ticketOf(alice);
    const opened = new Date(Date.now() - 1000);
    await markViewing(ana, id);
    expect((await ticketPulse(ben, id, opened))?.others).toEqual([{ name: "Test AGENT", viewing: true, replied: false }]);
    await addReply(ana, { ticketId: id, body: "On it" });
    expect((await ticketPulse(ben, id, opened))?.others).toEqual([{ name: "Test AGENT", viewing: true, replied: true }]);
    expect(await ticketPulse(alice, id, opened)).toBeNull();
  });

  it("viewing lasts while the agent's stream is open and is announced when it starts and ends; having seen it stays", async () => {
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const id = await ticketOf(await makeUser());
    const events: string[] = [];
    const stop = subscribe(presenceTopic(id), (event) => events.push(event.type));
    await realtimeReady();
    try {
      await markViewing(ana, id);
      await markViewing(ana, id); // the stream's heartbeat: no news for the others
      await expect.poll(() => events).toEqual(["presence.changed"]);
      expect((await ticketPulse(ben, id, new Date()))?.others).toEqual([{ name: "Test AGENT", viewing: true, replied: false }]);
      await leaveTicket(ana, id);
      await expect.poll(() => events).toEqual(["presence.changed", "presence.changed"]);
      expect((await ticketPulse(ben, id, new Date()))?.others).toEqual([]);
      // Leaving keeps when the agent last saw the ticket, at the last beat (the queue's "updated by customer" marker reads it).
      const row = await db.ticketPresence.findUniqueOrThrow({ where: { ticketId_userId: { ticketId: id, userId: ana.id } } });
      expect(row.viewingAt).toBeNull();
      expect(row.seenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
      // A stream that died without closing stops counting after the time to live.
      await db.ticketPresence.update({ where: { ticketId_userId: { ticketId: id, userId: ana.id } }, data: { viewingAt: new Date(Date.now() - PRESENCE_TTL_MS - 1000) } });
      expect((await ticketPulse(ben, id, new Date()))?.others).toEqual([]);
    } finally {
      stop();
    }
  });
});
