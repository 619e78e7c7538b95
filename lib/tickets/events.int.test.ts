import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { realtimeReady, subscribe, type RealtimeEvent } from "@/lib/realtime";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, updateTicket } from "./service";

// Ticket changes are announced on "ticket:<id>" and "queue" after they commit, with ids only.

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
function listen(topic: string) {
  const got: RealtimeEvent[] = [];
  stops.push(subscribe(topic, (e) => got.push(e)));
  return got;
}
async function until(check: () => boolean) {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("ticket events", () => {
  it("creating, replying to and updating a ticket each announce it, carrying no text", async () => {
    const queue = listen("queue");
    await realtimeReady();
    const customer = await makeUser();
    const agent = await makeUser("AGENT");
    const created = await createTicket(customer, { subject: "Secret subject", description: "Secret text.", categoryId, urgency: "LOW" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    await until(() => queue.some((e) => e.ticketId === id));
    const onTicket = listen(`ticket:${id}`);
    await realtimeReady();
    expect(await addReply(agent, { ticketId: id, body: "Secret reply", internal: false })).toMatchObject({ ok: true });
    await until(() => onTicket.length === 1);
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id } });
    expect(await updateTicket(agent, { ticketId: id, version, status: "RESOLVED", priority: "LOW", assigneeId: "" })).toMatchObject({ ok: true });
    await until(() => onTicket.length === 2);
    expect(onTicket).toEqual([
      { type: "ticket.updated", ticketId: id },
      { type: "ticket.updated", ticketId: id },
    ]);
    expect(JSON.stringify([...queue, ...onTicket])).not.toContain("Secret");
  });

  it("a refused change announces nothing", async () => {
    const customer = await makeUser();
    const created = await createTicket(customer, { subject: "Mine", description: "Text.", categoryId, urgency: "LOW" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const onTicket = listen(`ticket:${created.data.id}`);
    await realtimeReady();
    // The creation's own event may still be on its way (NOTIFY is asynchronous).
    await new Promise((resolve) => setTimeout(resolve, 500));
    onTicket.length = 0;
    expect(await updateTicket(customer, { ticketId: created.data.id, version: 0, status: "CLOSED", priority: "LOW", assigneeId: "" })).toMatchObject({ ok: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onTicket).toHaveLength(0);
  });
});
