import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, rateTicket, reopenTicket, updateTicket } from "@/lib/tickets/service";
import { deliverAgentEmails, DIGEST_WINDOW_MS, setAgentEmailPreferences } from "./agent-email";
import { listNotifications, mentionedIn, unreadNotificationCount } from "./service";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(owner: { id: string; role: "CUSTOMER" | "AGENT" | "ADMIN"; organizationId: string | null }) {
  const result = await createTicket(owner, { subject: "VPN down", description: "No connection.", categoryId, urgency: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const types = async (userId: string, ticketId: number) =>
  (await db.notification.findMany({ where: { userId, ticketId }, orderBy: { createdAt: "asc" }, select: { type: true } })).map((n) => n.type);
const mailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, kind: true, text: true } });

describe("agents are told", () => {
  it("a new unassigned ticket reaches every agent; a reply, a reopening and a low rating reach the assignee only", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const ben = await makeUser("AGENT");
    const id = await ticketOf(alice);
    expect(await types(ana.id, id)).toEqual(["NEW_TICKET"]);
    expect(await types(ben.id, id)).toEqual(["NEW_TICKET"]);

    await updateTicket(ben, { ticketId: id, version: 0, assigneeId: ana.id, seen: { assigneeId: "" } });
    expect(await types(ana.id, id)).toEqual(["NEW_TICKET", "ASSIGNED"]);
    await addReply(alice, { ticketId: id, body: "Still down" });
    await updateTicket(ana, { ticketId: id, version: 2, status: "RESOLVED", seen: { status: "OPEN" } });
    await reopenTicket(alice, { ticketId: id, reason: "Down again" });
    await updateTicket(ana, { ticketId: id, version: 4, status: "RESOLVED", seen: { status: "OPEN" } });
    await rateTicket(alice, { ticketId: id, rating: 1, comment: "slow" });
    expect(await types(ana.id, id)).toEqual(["NEW_TICKET", "ASSIGNED", "CUSTOMER_REPLY", "REOPENED", "LOW_RATING"]);
    expect(await types(ben.id, id)).toEqual(["NEW_TICKET"]);
    // The queue's marker: the customer wrote on it.
    const row = await db.ticket.findUniqueOrThrow({ where: { id } });
    expect(row.customerUpdatedAt).not.toBeNull();
  });

  it("an @mention in an internal note reaches the agent named, not the author, and customers never get a bell", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    await db.user.update({ where: { id: ana.id }, data: { name: "Ana Mention Test" } });
    const id = await ticketOf(alice);
    await addReply(ana, { ticketId: id, body: "@ana mention test please check", internal: true });
    expect(await types(ana.id, id)).not.toContain("MENTION");
    const ben = await makeUser("AGENT");
    await addReply(ben, { ticketId: id, body: "@Ana Mention Test can you look?", internal: true });
    expect(await types(ana.id, id)).toContain("MENTION");
    expect(await unreadNotificationCount(alice)).toBe(0);
    expect(await listNotifications(alice)).toEqual([]);
  });

  it("finds mentions by full name or by the email's name part", () => {
    const agents = [{ id: "1", name: "Ana López", email: "ana.lopez@example.test" }, { id: "2", name: "Ben", email: "ben@example.test" }];
    expect(mentionedIn("thanks @ana lópez", agents)).toEqual(["1"]);
    expect(mentionedIn("ping @ana.lopez", agents)).toEqual(["1"]);
    expect(mentionedIn("@benjamin is not Ben", agents)).toEqual([]);
  });

  it("emails the first notice at once, holds the next ones of the minute and sends them as one digest", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const agentIds = (await db.user.findMany({ where: { role: { in: ["AGENT", "ADMIN"] } }, select: { id: true } })).map((u) => u.id);
    // Only Ana takes email about unassigned tickets in this test.
    for (const id of agentIds) if (id !== ana.id) await setAgentEmailPreferences(id, { ticketFiled: true, requesterReply: true, reopened: true, lowRating: true, unassigned: false });
    const first = await ticketOf(alice);
    await ticketOf(alice);
    await ticketOf(alice);
    let mails = await mailsTo(ana.email);
    expect(mails.map((m) => m.kind)).toEqual(["agent-notice"]);
    expect(mails[0].subject).toContain(`[#${first}]`);
    expect(await db.notification.count({ where: { userId: ana.id, emailPending: true } })).toBe(2);

    expect(await deliverAgentEmails(ana.id, new Date(Date.now() + DIGEST_WINDOW_MS + 1000))).toBe("sent");
    mails = await mailsTo(ana.email);
    expect(mails.map((m) => m.kind)).toEqual(["agent-notice", "agent-digest"]);
    expect(mails[1].subject).toMatch(/^2 ticket updates/);
    expect(await deliverAgentEmails(ana.id, new Date(Date.now() + 3 * DIGEST_WINDOW_MS))).toBe("nothing");
  });

  it("respects an agent's switches, and acknowledges the requester's ticket in their language", async () => {
    const alice = await makeUser();
    await db.user.update({ where: { id: alice.id }, data: { locale: "es" } });
    const ana = await makeUser("AGENT");
    await setAgentEmailPreferences(ana.id, { ticketFiled: false, requesterReply: true, reopened: true, lowRating: true, unassigned: true });
    const id = await ticketOf(alice);
    expect(await types(ana.id, id)).toEqual(["NEW_TICKET"]);
    expect(await mailsTo(ana.email)).toEqual([]);
    const ack = await mailsTo((await db.user.findUniqueOrThrow({ where: { id: alice.id } })).email);
    expect(ack).toHaveLength(1);
    expect(ack[0].subject).toBe(`[#${id}] Hemos recibido su solicitud: VPN down`);
    expect(ack[0].text).toContain(`/tickets/${id}`);
  });
});
