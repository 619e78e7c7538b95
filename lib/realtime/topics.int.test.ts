import { beforeAll, describe, expect, it } from "vitest";
import { makeCategory, makeUser } from "@/test/factories";
import { createTicket } from "@/lib/tickets/service";
import { authorizeTopics, sessionStillValid } from "./topics";
import { db } from "@/lib/db";

// Who may listen to which live topic (app/api/events): the queue is for staff; a ticket's
// topic for those who may see the ticket.

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(requester: Awaited<ReturnType<typeof makeUser>>) {
  const created = await createTicket(requester, { subject: "Printer", description: "Jammed.", categoryId, urgency: "LOW" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.id;
}

describe("live topics", () => {
  it("a customer may listen to their own ticket, not to another's nor to the queue", async () => {
    const [ana, ben] = [await makeUser(), await makeUser()];
    const own = await ticketOf(ana);
    const other = await ticketOf(ben);
    expect(await authorizeTopics(ana, [`ticket:${own}`])).toEqual([`ticket:${own}`]);
    expect(await authorizeTopics(ana, [`ticket:${other}`])).toBeNull();
    expect(await authorizeTopics(ana, [`ticket:${own}`, `ticket:${other}`])).toBeNull();
    expect(await authorizeTopics(ana, ["queue"])).toBeNull();
  });

  it("staff may listen to the queue and any ticket", async () => {
    const agent = await makeUser("AGENT");
    const id = await ticketOf(await makeUser());
    expect(await authorizeTopics(agent, ["queue", `ticket:${id}`])).toEqual(["queue", `ticket:${id}`]);
  });

  it("a bell's topic is its owner's alone, and only staff have one", async () => {
    const [agent, other, customer] = [await makeUser("AGENT"), await makeUser("AGENT"), await makeUser()];
    expect(await authorizeTopics(agent, [`notifications:${agent.id}`])).toEqual([`notifications:${agent.id}`]);
    expect(await authorizeTopics(agent, [`notifications:${other.id}`])).toBeNull();
    expect(await authorizeTopics(customer, [`notifications:${customer.id}`])).toBeNull();
  });

  it("who is viewing a ticket is for staff who may see it, not for its requester", async () => {
    const [agent, ana] = [await makeUser("AGENT"), await makeUser()];
    const id = await ticketOf(ana);
    expect(await authorizeTopics(agent, [`ticket:${id}`, `presence:${id}`])).toEqual([`ticket:${id}`, `presence:${id}`]);
    expect(await authorizeTopics(ana, [`presence:${id}`])).toBeNull();
    expect(await authorizeTopics(agent, ["presence:999999999"])).toBeNull();
  });

  it("refuses unknown topics, unknown tickets and too many topics", async () => {
    const agent = await makeUser("AGENT");
    for (const topics of [["settings"], ["user:x"], ["ticket:0"], ["ticket:999999999"], [], Array(6).fill("queue"), "queue"]) {
      expect(await authorizeTopics(agent, topics)).toBeNull();
    }
  });

  it("a stream's session stops counting once it is deleted", async () => {
    const user = await makeUser();
    const session = await db.authSession.create({ data: { id: crypto.randomUUID(), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await sessionStillValid(session.id)).toBe(true);
    await db.authSession.delete({ where: { id: session.id } });
    expect(await sessionStillValid(session.id)).toBe(false);
  });
});
