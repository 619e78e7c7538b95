import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, rateTicket, reopenTicket, updateTicket } from "@/lib/tickets/service";
import { deliverAgentEmails, DIGEST_WINDOW_MS, setAgentEmailPreferences } from "./agent-email";
import { startJobRunner } from "@/lib/jobs/runner";
import { agentEmailJob } from "./jobs";
import { bellTopic, listNotifications, markAllNotificationsRead, markTicketNotificationsRead, mentionedIn, unreadNotificationCount } from "./service";
import { realtimeReady, subscribe } from "@/lib/realtime";

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
async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** When the agent's waiting email job is due (the Job table on SQLite, pg-boss on PostgreSQL), or null. */
async function waitingEmailJob(userId: string): Promise<Date | null> {
  const key = `agent-email:${userId}`;
  if (process.env.DATABASE_URL?.startsWith("postgres")) {
    const rows = await db.$queryRawUnsafe<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry')`,
      agentEmailJob.name, key,
    );
    return rows.length === 1 ? new Date(rows[0].start_after) : rows.length ? new Date(NaN) : null;
  }
  const rows = await db.job.findMany({ where: { name: agentEmailJob.name, pendingKey: key }, select: { runAt: true } });
  return rows.length === 1 ? rows[0].runAt : rows.length ? new Date(NaN) : null;
}
const mailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, kind: true, text: true } });

describe("agents are told", () => {
  it("tells the agent's bell through their live topic when a notice arrives and when notices are read", async () => {
    const agent = await makeUser("AGENT");
    const other = await makeUser("AGENT");
    const customer = await makeUser();
    const heard: string[] = [];
    const stops = [subscribe(bellTopic(agent.id), (e) => heard.push(`agent:${e.type}`))];
    await realtimeReady();
    try {
      const id = await ticketOf(customer);
      await updateTicket(other, { ticketId: id, version: 0, assigneeId: agent.id, seen: { assigneeId: "" } });
      await until(async () => heard.includes("agent:notifications.changed"));
      const before = heard.filter((h) => h.startsWith("agent:")).length;
      await markTicketNotificationsRead(agent, id);
      await until(async () => heard.filter((h) => h.startsWith("agent:")).length > before);
      await markAllNotificationsRead(agent);
      expect(await unreadNotificationCount(agent)).toBe(0);
    } finally {
      for (const stop of stops) stop();
    }
  });

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

  it("queues the email as a job instead of sending it in the request: the first notice at once, the next ones of the minute held for one digest", async () => {
    const alice = await makeUser();
    const ana = await makeUser("AGENT");
    const agentIds = (await db.user.findMany({ where: { role: { in: ["AGENT", "ADMIN"] } }, select: { id: true } })).map((u) => u.id);
    // Only Ana takes email about unassigned tickets in this test.
    for (const id of agentIds) if (id !== ana.id) await setAgentEmailPreferences(id, { ticketFiled: true, requesterReply: true, reopened: true, lowRating: true, unassigned: false });
    const before = Date.now();
    const first = await ticketOf(alice);
    // The request returned without emailing; a job due now will.
    expect(await mailsTo(ana.email)).toEqual([]);
    const due = await waitingEmailJob(ana.id);
    expect(due!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(due!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // The real runner of the database under test takes the job (and with it the waiting slot).
    const runner = await startJobRunner({ pollMs: 100, schedules: false });
    try {
      await until(async () => (await mailsTo(ana.email)).length > 0 && (await waitingEmailJob(ana.id)) === null);
    } finally {
      await runner.stop();
    }
    let mails = await mailsTo(ana.email);
    expect(mails.map((m) => m.kind)).toEqual(["agent-notice"]);
    expect(mails[0].subject).toContain(`[#${first}]`);

    // Within the minute: both notices wait for one job due at the end of the minute.
    const { lastEmailAt } = await db.agentEmailPreferences.findUniqueOrThrow({ where: { userId: ana.id } });
    await ticketOf(alice);
    await ticketOf(alice);
    expect(await db.notification.count({ where: { userId: ana.id, emailPending: true } })).toBe(2);
    expect(await waitingEmailJob(ana.id)).toEqual(new Date(lastEmailAt!.getTime() + DIGEST_WINDOW_MS));
    expect(await mailsTo(ana.email)).toHaveLength(1);

    // At the end of the minute the digest leaves, once.
    expect(await deliverAgentEmails(ana.id, new Date(Date.now() + DIGEST_WINDOW_MS + 1000))).toBe("sent");
    mails = await mailsTo(ana.email);
    expect(mails.map((m) => m.kind)).toEqual(["agent-notice", "agent-digest"]);
    expect(mails[1].subject).toMatch(/^2 ticket updates/);
    expect(await deliverAgentEmails(ana.id, new Date(Date.now() + 3 * DIGEST_WINDOW_MS))).toBe("nothing");
  });

  it("a delivery job run before the end of the minute sends nothing and waits again for the end", async () => {
    const ana = await makeUser("AGENT");
    const lastEmailAt = new Date(Date.now() - 10_000);
    await db.agentEmailPreferences.upsert({ where: { userId: ana.id }, create: { userId: ana.id, lastEmailAt }, update: { lastEmailAt } });
    const alice = await makeUser();
    const ticket = await ticketOf(alice);
    await db.notification.create({ data: { userId: ana.id, type: "CUSTOMER_REPLY", ticketId: ticket, actorId: alice.id, emailPending: true } });
    await agentEmailJob.run({ userId: ana.id });
    expect(await mailsTo(ana.email)).toEqual([]);
    expect(await db.notification.count({ where: { userId: ana.id, emailPending: true } })).toBeGreaterThanOrEqual(1);
    expect(await waitingEmailJob(ana.id)).toEqual(new Date(lastEmailAt.getTime() + DIGEST_WINDOW_MS));
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
