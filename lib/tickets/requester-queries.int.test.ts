import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { createTicket } from "./service";
import { getRequesterCard, OTHER_OPEN_SHOWN } from "./requester-queries";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(requester: Awaited<ReturnType<typeof makeUser>>, subject: string) {
  const result = await createTicket(requester, { subject, description: "x", categoryId, urgency: "LOW" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("the requester card", () => {
  it("lists the requester's other open tickets, newest first, without the current, resolved or closed ones", async () => {
    const requester = await makeUser("CUSTOMER", { organizationName: "Card Org" });
    await db.user.update({ where: { id: requester.id }, data: { phone: "+34 600 000 000", jobTitle: "Accountant" } });
    const agent = await makeUser("AGENT");
    const stranger = await makeUser("CUSTOMER");
    const current = await ticketOf(requester, "Current");
    const older = await ticketOf(requester, "Older open");
    const resolved = await ticketOf(requester, "Resolved");
    const closed = await ticketOf(requester, "Closed");
    const waiting = await ticketOf(requester, "Waiting");
    await ticketOf(stranger, "Someone else's");
    await db.ticket.update({ where: { id: older }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await db.ticket.update({ where: { id: resolved }, data: { status: "RESOLVED" } });
    await db.ticket.update({ where: { id: closed }, data: { status: "CLOSED" } });
    await db.ticket.update({ where: { id: waiting }, data: { status: "WAITING_FOR_CUSTOMER" } });

    const card = await getRequesterCard(agent, { id: current, requesterId: requester.id });
    expect(card?.requester).toMatchObject({ id: requester.id, email: requester.email, phone: "+34 600 000 000", jobTitle: "Accountant", organization: { name: "Card Org" } });
    expect(card?.otherOpen.map((t) => t.id)).toEqual([waiting, older]);
    expect(card?.otherOpen[0]).toEqual({ id: waiting, subject: "Waiting", status: "WAITING_FOR_CUSTOMER", createdAt: expect.any(Date) });
    expect(card?.otherOpenCount).toBe(2);
  });

  it(`shows at most ${OTHER_OPEN_SHOWN} and counts the rest`, async () => {
    const requester = await makeUser("CUSTOMER");
    const agent = await makeUser("AGENT");
    const current = await ticketOf(requester, "Current");
    for (let i = 0; i < OTHER_OPEN_SHOWN + 2; i++) await ticketOf(requester, `Other ${i}`);
    const card = await getRequesterCard(agent, { id: current, requesterId: requester.id });
    expect(card?.otherOpen).toHaveLength(OTHER_OPEN_SHOWN);
    expect(card?.otherOpenCount).toBe(OTHER_OPEN_SHOWN + 2);
  });

  it("is for staff only", async () => {
    const requester = await makeUser("CUSTOMER");
    const current = await ticketOf(requester, "Current");
    expect(await getRequesterCard(requester, { id: current, requesterId: requester.id })).toBeNull();
  });
});
