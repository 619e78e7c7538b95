import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, markTicketSeenByAgent } from "./service";
import { listQueue } from "./queue";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

describe("the queue's 'updated by customer' marker", () => {
  it("shows to each agent until that agent opens the ticket after the requester wrote", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const created = await createTicket(alice, { subject: "Marker check", description: "x", categoryId, urgency: "LOW" });
    if (!created.ok) throw new Error("ticket");
    const id = created.data.id;
    const marked = async (agent: typeof ana) => (await listQueue(agent, { q: `#${id}`, view: "open" })).items.find((t) => t.id === id)!.updatedByCustomer;
    await markTicketSeenByAgent(ana, id);
    expect(await marked(ana)).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    await addReply(alice, { ticketId: id, body: "more" });
    expect(await marked(ana)).toBe(true);
    expect(await marked(ben)).toBe(true);
    await markTicketSeenByAgent(ben, id);
    expect(await marked(ben)).toBe(false);
    expect(await marked(ana)).toBe(true);
  });

  it("writes nothing when an agent opens a ticket with nothing new for them (a read stays a read)", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const created = await createTicket(alice, { subject: "Seen once", description: "x", categoryId, urgency: "LOW" });
    if (!created.ok) throw new Error("ticket");
    const id = created.data.id;
    const seenAt = async () => (await db.ticketPresence.findUnique({ where: { ticketId_userId: { ticketId: id, userId: ana.id } } }))?.seenAt;
    await markTicketSeenByAgent(ana, id);
    const first = await seenAt();
    expect(first).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 5));
    await markTicketSeenByAgent(ana, id);
    expect(await seenAt()).toEqual(first);
    // The requester writes: the next view records it, and reads the agent's notification for it.
    await db.notification.create({ data: { userId: ana.id, ticketId: id, type: "CUSTOMER_REPLY" } });
    await addReply(alice, { ticketId: id, body: "news" });
    await new Promise((r) => setTimeout(r, 5));
    await markTicketSeenByAgent(ana, id);
    expect((await seenAt())!.getTime()).toBeGreaterThan(first!.getTime());
    expect(await db.notification.count({ where: { userId: ana.id, ticketId: id, readAt: null } })).toBe(0);
  });
});

