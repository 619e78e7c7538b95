import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, updateTicket } from "./service";
import { getTicket, listMyTickets } from "./queries";
import { listQueue } from "./queue";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(owner: Awaited<ReturnType<typeof makeUser>>, subject = "Printer broken") {
  const result = await createTicket(owner, { subject, description: "It jams.", categoryId, urgency: "HIGH" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("creating tickets", () => {
  it("stores a valid ticket for its requester, with the urgency as starting priority", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    const row = await db.ticket.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ requesterId: alice.id, status: "NEW", urgency: "HIGH", priority: "HIGH" });
  });

  it("refuses an empty subject, an oversized description and an unknown category, and stores nothing", async () => {
    const alice = await makeUser();
    const before = await db.ticket.count({ where: { requesterId: alice.id } });
    const empty = await createTicket(alice, { subject: "   ", description: "x", categoryId, urgency: "LOW" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { subject: ["errors.subjectRequired"] } });
    const long = await createTicket(alice, { subject: "s", description: "x".repeat(20_001), categoryId, urgency: "LOW" });
    expect(long).toMatchObject({ ok: false, fieldErrors: { description: ["errors.descriptionTooLong"] } });
    const unknown = await createTicket(alice, { subject: "s", description: "x", categoryId: "nope", urgency: "LOW" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { categoryId: ["errors.categoryUnknown"] } });
    const badUrgency = await createTicket(alice, { subject: "s", description: "x", categoryId, urgency: "EXTREME" as "LOW" });
    expect(badUrgency).toMatchObject({ ok: false, fieldErrors: { urgency: ["errors.urgencyInvalid"] } });
    expect(await db.ticket.count({ where: { requesterId: alice.id } })).toBe(before);
  });

  it("keeps markup as plain text", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice, "<script>alert(1)</script>");
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).subject).toBe("<script>alert(1)</script>");
  });
});

describe("who sees a ticket", () => {
  it("a customer cannot read, list or reply to another customer's ticket", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const id = await ticketOf(alice);
    expect(await getTicket(bob, id)).toBeNull();
    expect((await listMyTickets(bob, { page: 1 })).items.map((t) => t.id)).not.toContain(id);
    expect(await addReply(bob, { ticketId: id, body: "mine now" })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.ticketMessage.count({ where: { ticketId: id } })).toBe(0);
  });

  it("a customer's queue is empty and they cannot change a ticket, even their own", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    expect((await listQueue(alice, { view: "NEW" })).items).toEqual([]);
    const result = await updateTicket(alice, { ticketId: id, version: 0, status: "CLOSED", priority: "LOW", assigneeId: "" });
    expect(result).toMatchObject({ ok: false });
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
  });

  it("internal notes reach agents and never the requester", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    expect(await addReply(agent, { ticketId: id, body: "internal only", internal: true })).toMatchObject({ ok: true });
    expect(await addReply(agent, { ticketId: id, body: "hello Alice" })).toMatchObject({ ok: true });
    const asAlice = await getTicket(alice, id);
    expect(asAlice?.messages.map((m) => m.body)).toEqual(["hello Alice"]);
    const asAgent = await getTicket(agent, id);
    expect(asAgent?.messages.map((m) => m.body)).toEqual(["internal only", "hello Alice"]);
  });

  it("a customer cannot post an internal note", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    expect(await addReply(alice, { ticketId: id, body: "sneaky", internal: true })).toMatchObject({ ok: false });
    expect(await db.ticketMessage.count({ where: { ticketId: id } })).toBe(0);
  });

  it("ids that are not numbers find nothing", async () => {
    const alice = await makeUser();
    expect(await getTicket(alice, "1 or 1=1")).toBeNull();
    expect(await getTicket(alice, "-1")).toBeNull();
  });
});

describe("working a ticket", () => {
  it("records status, priority and assignee changes in the history", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    const result = await updateTicket(agent, { ticketId: id, version: 0, status: "WAITING_FOR_CUSTOMER", priority: "CRITICAL", assigneeId: agent.id });
    expect(result).toMatchObject({ ok: true });
    const events = await db.ticketEvent.findMany({ where: { ticketId: id }, orderBy: { type: "asc" } });
    expect(events.map((e) => [e.type, e.fromValue, e.toValue])).toEqual([
      ["ASSIGNEE", null, agent.id],
      ["CREATED", null, "NEW"],
      ["PRIORITY", "HIGH", "CRITICAL"],
      ["STATUS", "NEW", "WAITING_FOR_CUSTOMER"],
    ]);
  });

  it("a requester's reply reopens a ticket that waited on them", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await updateTicket(agent, { ticketId: id, version: 0, status: "WAITING_FOR_CUSTOMER", priority: "HIGH", assigneeId: "" });
    await addReply(alice, { ticketId: id, body: "Here is the info" });
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });

  it("detects a change made by someone else since the ticket was read", async () => {
    const alice = await makeUser();
    const first = await makeUser("AGENT");
    const second = await makeUser("AGENT");
    const id = await ticketOf(alice);
    expect(await updateTicket(first, { ticketId: id, version: 0, status: "OPEN", priority: "HIGH", assigneeId: first.id })).toMatchObject({ ok: true });
    const late = await updateTicket(second, { ticketId: id, version: 0, status: "CLOSED", priority: "LOW", assigneeId: second.id });
    expect(late).toMatchObject({ ok: false, message: "errors.conflict" });
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", assigneeId: first.id });
  });

  it("refuses a requester's reply on a closed ticket", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await updateTicket(agent, { ticketId: id, version: 0, status: "CLOSED", priority: "HIGH", assigneeId: "" });
    expect(await addReply(alice, { ticketId: id, body: "again" })).toMatchObject({ ok: false, message: "errors.ticketClosed" });
  });
});
