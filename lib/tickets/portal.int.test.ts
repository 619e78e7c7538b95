import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, markTicketRead, rateTicket, reopenTicket, resolveTicket, updateTicket } from "./service";
import { listMyTickets } from "./queries";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

type Person = Awaited<ReturnType<typeof makeUser>>;
async function ticketOf(owner: Person, subject = `Ticket ${randomUUID().slice(0, 8)}`, description = "Details.") {
  const result = await createTicket(owner, { subject, description, categoryId, urgency: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
async function setStatus(agent: Person, id: number, status: "OPEN" | "WAITING_FOR_CUSTOMER" | "RESOLVED" | "CLOSED") {
  const { version, priority } = await db.ticket.findUniqueOrThrow({ where: { id } });
  const result = await updateTicket(agent, { ticketId: id, version, status, priority, assigneeId: "" });
  if (!result.ok) throw new Error(JSON.stringify(result));
}
const ids = (r: Awaited<ReturnType<typeof listMyTickets>>) => r.items.map((t) => t.id).sort();

describe("My tickets: filters, search and the new-reply marker", () => {
  it("filters by open, waiting for me, resolved and closed", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const open = await ticketOf(alice);
    const waiting = await ticketOf(alice);
    const resolved = await ticketOf(alice);
    const closed = await ticketOf(alice);
    await setStatus(agent, waiting, "WAITING_FOR_CUSTOMER");
    await setStatus(agent, resolved, "RESOLVED");
    await setStatus(agent, closed, "CLOSED");
    expect(ids(await listMyTickets(alice, { filter: "open" }))).toEqual([open]);
    expect(ids(await listMyTickets(alice, { filter: "waiting" }))).toEqual([waiting]);
    expect(ids(await listMyTickets(alice, { filter: "resolved" }))).toEqual([resolved]);
    expect(ids(await listMyTickets(alice, { filter: "closed" }))).toEqual([closed]);
    expect(ids(await listMyTickets(alice, { filter: "bogus" }))).toHaveLength(4);
  });

  it("searches subjects, descriptions and public messages, case-insensitively, but never internal notes", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const word = `zq${randomUUID().slice(0, 6)}`;
    const bySubject = await ticketOf(alice, `Printer ${word.toUpperCase()} jammed`);
    const byDescription = await ticketOf(alice, "Other", `It says ${word} on screen`);
    const byReply = await ticketOf(alice);
    const byNote = await ticketOf(alice);
    await addReply(agent, { ticketId: byReply, body: `Try ${word} please` });
    await addReply(agent, { ticketId: byNote, body: `internal ${word}`, internal: true });
    expect(ids(await listMyTickets(alice, { q: word }))).toEqual([bySubject, byDescription, byReply].sort());
    const bob = await makeUser();
    expect(ids(await listMyTickets(bob, { q: word }))).toEqual([]);
    expect(ids(await listMyTickets(bob, { q: "%" }))).toEqual([]);
    // PostgreSQL can escape LIKE wildcards (SQLite cannot: there % widens the search to all of Alice's own).
    if (process.env.DATABASE_URL?.startsWith("postgres")) expect(ids(await listMyTickets(alice, { q: "%" }))).toEqual([]);
  });

  it("marks a ticket when an agent replied publicly since the requester last read it", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    const unread = async () => (await listMyTickets(alice)).items.find((t) => t.id === id)?.unread;
    expect(await unread()).toBe(false);
    await addReply(agent, { ticketId: id, body: "note", internal: true });
    expect(await unread()).toBe(false);
    await addReply(agent, { ticketId: id, body: "Please restart" });
    expect(await unread()).toBe(true);
    const before = (await db.ticket.findUniqueOrThrow({ where: { id } })).updatedAt;
    await markTicketRead(alice, id);
    expect(await unread()).toBe(false);
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(before);
  });

  it("a view with nothing unread writes nothing", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await markTicketRead(alice, id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).requesterReadAt).toBeNull();
    await addReply(agent, { ticketId: id, body: "Please restart" });
    await markTicketRead(alice, id);
    const readAt = (await db.ticket.findUniqueOrThrow({ where: { id } })).requesterReadAt;
    expect(readAt).not.toBeNull();
    await markTicketRead(alice, id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).requesterReadAt).toEqual(readAt);
  });

  it("reading someone else's ticket marks nothing", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await addReply(agent, { ticketId: id, body: "Please restart" });
    await markTicketRead(bob, id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).requesterReadAt).toBeNull();
  });

  it("pages through results", async () => {
    const alice = await makeUser();
    for (let i = 0; i < 21; i++) await ticketOf(alice);
    const first = await listMyTickets(alice, { page: 1 });
    const second = await listMyTickets(alice, { page: "2" });
    expect([first.items.length, second.items.length, first.pageCount, first.total]).toEqual([20, 1, 2, 21]);
  });
});

describe("resolving, reopening and rating", () => {
  it("the requester resolves their ticket and reopens it with a reason, all in the history", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    expect(await resolveTicket(alice, id)).toEqual({ ok: true, data: { status: "RESOLVED" } });
    expect(await resolveTicket(alice, id)).toMatchObject({ ok: false, message: "errors.alreadyResolved" });
    expect(await reopenTicket(alice, { ticketId: id, reason: "  " })).toMatchObject({ ok: false, fieldErrors: { reason: ["errors.reasonRequired"] } });
    expect(await reopenTicket(alice, { ticketId: id, reason: "It broke again" })).toEqual({ ok: true, data: { status: "OPEN" } });
    const row = await db.ticket.findUniqueOrThrow({ where: { id }, include: { messages: true, events: { where: { type: "STATUS" }, orderBy: { createdAt: "asc" } } } });
    expect(row.status).toBe("OPEN");
    expect(row.messages.map((m) => [m.body, m.internal])).toEqual([["It broke again", false]]);
    expect(row.events.map((e) => [e.fromValue, e.toValue])).toEqual([["NEW", "RESOLVED"], ["RESOLVED", "OPEN"]]);
  });

  it("a closed ticket cannot be reopened and an open one cannot be 'reopened'", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const open = await ticketOf(alice);
    const closed = await ticketOf(alice);
    await setStatus(agent, closed, "CLOSED");
    expect(await reopenTicket(alice, { ticketId: open, reason: "x" })).toMatchObject({ ok: false, message: "errors.notResolved" });
    expect(await reopenTicket(alice, { ticketId: closed, reason: "x" })).toMatchObject({ ok: false, message: "errors.ticketClosed" });
  });

  it("nobody else may resolve, reopen or rate a requester's ticket", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const id = await ticketOf(alice);
    expect(await resolveTicket(bob, id)).toMatchObject({ ok: false, message: "errors.notFound" });
    await resolveTicket(alice, id);
    expect(await reopenTicket(bob, { ticketId: id, reason: "mine" })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await rateTicket(bob, { ticketId: id, rating: 1 })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RESOLVED", rating: null });
  });

  it("a resolved ticket is rated once, 1 to 5, with an optional comment", async () => {
    const alice = await makeUser();
    const id = await ticketOf(alice);
    expect(await rateTicket(alice, { ticketId: id, rating: 5 })).toMatchObject({ ok: false, message: "errors.notResolved" });
    await resolveTicket(alice, id);
    expect(await rateTicket(alice, { ticketId: id, rating: 6 })).toMatchObject({ ok: false, fieldErrors: { rating: ["errors.ratingInvalid"] } });
    expect(await rateTicket(alice, { ticketId: id, rating: "0" })).toMatchObject({ ok: false, fieldErrors: { rating: ["errors.ratingInvalid"] } });
    expect(await rateTicket(alice, { ticketId: id, rating: "4", comment: "Quick fix" })).toEqual({ ok: true, data: { rating: 4 } });
    expect(await rateTicket(alice, { ticketId: id, rating: 1, comment: "changed my mind" })).toMatchObject({ ok: false, message: "errors.alreadyRated" });
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({ rating: 4, ratingComment: "Quick fix" });
  });
});
