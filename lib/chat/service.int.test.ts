import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-url";
import { makeCategory, makeUser } from "@/test/factories";
import { readdirSync } from "node:fs";
import path from "node:path";
import { EXE, PDF, PNG, tempStorage } from "@/test/files";
import { getAttachmentForDownload, getTicket } from "@/lib/tickets/queries";
import { subscribe, type RealtimeEvent } from "@/lib/realtime";
import { recordNotifications } from "@/test/notifications";
import {
  acceptConversation,
  announceTyping,
  closeConversation,
  convertToTicket,
  markRead,
  postMessage,
  renderCannedForChat,
  requestTicket,
  resetChatThrottle,
  setAvailability,
  startConversation,
  transferConversation,
} from "./service";
import {
  getChatAttachmentForDownload,
  getConversation,
  getConversationState,
  listConsoleConversations,
  listMyConversations,
  messagesAfter,
  supportOnline,
  unreadConversationCount,
} from "./queries";
import { streamStillAllowed } from "./access";
import { emailUnreadAnswer } from "./notify";
import { CHAT_BODY_MAX, CHAT_POST_LIMIT } from "./schema";

type Person = Awaited<ReturnType<typeof makeUser>>;
type Named = Person & { name: string; sessionId: string };
const named = async (p: Person, name: string): Promise<Named> => {
  await db.user.update({ where: { id: p.id }, data: { name } });
  return { ...p, name, sessionId: "" };
};

let customer: Named;
let other: Named;
let agent: Named;
let agent2: Named;
beforeAll(async () => {
  customer = await named(await makeUser("CUSTOMER"), "Carla Customer");
  other = await named(await makeUser("CUSTOMER"), "Otto Other");
  agent = await named(await makeUser("AGENT"), "Alan Agent");
  agent2 = await named(await makeUser("AGENT"), "Beth Agent");
});
beforeEach(() => resetChatThrottle());

async function start(body = "My printer is on fire", who: Named = customer) {
  const result = await startConversation(who, { body });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function expectOk<T>(p: Promise<{ ok: boolean } & T>) {
  const r = await p;
  expect(r).toMatchObject({ ok: true });
  return r;
}

describe("starting and posting", () => {
  it("a customer starts a conversation; it waits for an agent and says whether support was online", async () => {
    await db.chatAgentStatus.updateMany({ data: { availability: "AWAY" } });
    const offline = await startConversation(customer, { body: "  Hello?  " });
    expect(offline).toMatchObject({ ok: true, data: { offline: true } });
    await setAvailability(agent, "ONLINE");
    expect(await supportOnline()).toBe(true);
    const online = await startConversation(customer, { body: "Anyone?" });
    expect(online).toMatchObject({ ok: true, data: { offline: false } });
    const detail = await getConversation(customer, offline.ok ? offline.data.id : "");
    expect(detail?.state).toMatchObject({ status: "WAITING", startedOffline: true, assignee: null });
    expect(detail?.messages.map((m) => [m.seq, m.body, m.mine])).toEqual([[1, "Hello?", true]]);
  });

  it("an agent seen too long ago does not count as online", async () => {
    await db.chatAgentStatus.updateMany({ data: { availability: "AWAY" } });
    await setAvailability(agent, "ONLINE");
    await db.chatAgentStatus.update({ where: { userId: agent.id }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await supportOnline()).toBe(false);
  });

  it("empty, oversized and flooded messages get clear errors and change nothing", async () => {
    expect(await startConversation(customer, { body: "   " })).toMatchObject({ ok: false, fieldErrors: { body: ["errors.bodyRequired"] } });
    const id = await start();
    expect(await postMessage(customer, { conversationId: id, body: "x".repeat(CHAT_BODY_MAX + 1) })).toMatchObject({ ok: false, fieldErrors: { body: ["errors.bodyTooLong"] } });
    await resetChatThrottle();
    for (let i = 0; i < CHAT_POST_LIMIT.points; i++) await expectOk(postMessage(customer, { conversationId: id, body: `m${i}` }));
    expect(await postMessage(customer, { conversationId: id, body: "one too many" })).toEqual({ ok: false, message: "errors.tooFast" });
    const rows = await db.chatMessage.findMany({ where: { conversationId: id }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: CHAT_POST_LIMIT.points + 1 }, (_, i) => i + 1));
    expect(rows.some((r) => r.body === "one too many" || r.body.length > CHAT_BODY_MAX)).toBe(false);
  });

  it("sequence numbers are gapless and unique under concurrent posts", async () => {
    const id = await start();
    await acceptConversation(agent, id);
    const results = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => postMessage(customer, { conversationId: id, body: `c${i}` })),
      ...Array.from({ length: 5 }, (_, i) => postMessage(agent, { conversationId: id, body: `a${i}` })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const seqs = (await db.chatMessage.findMany({ where: { conversationId: id }, orderBy: { seq: "asc" }, select: { seq: true } })).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it("attachments follow the ticket rules and are downloadable only by those who see the conversation", async () => {
    const { storage } = tempStorage();
    const refused = await startConversation(customer, { body: "see file" }, { files: [{ name: "setup.png", bytes: EXE }], storage });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { attachments: expect.any(Array) } });
    const result = await startConversation(customer, { body: "see file" }, { files: [{ name: "screen.png", bytes: PNG }], storage });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const attachmentId = (await getConversation(customer, result.data.id))!.messages[0].attachments[0].id;
    expect(await getChatAttachmentForDownload(customer, attachmentId)).toMatchObject({ fileName: "screen.png", contentType: "image/png" });
    expect(await getChatAttachmentForDownload(agent, attachmentId)).not.toBeNull();
    expect(await getChatAttachmentForDownload(other, attachmentId)).toBeNull();
  });
});

describe("authorization", () => {
  it("another customer gets the same not-found as an unknown id for page, stream, post, read, close and ticket request", async () => {
    const id = await start();
    for (const who of [other]) {
      expect(await getConversation(who, id)).toBeNull();
      expect(await getConversation(who, "doesnotexist")).toBeNull();
      expect(await messagesAfter(who, id, 0)).toEqual([]);
      expect(await streamStillAllowed({ ...who, sessionId: "none" }, id)).toBe(false);
      expect(await postMessage(who, { conversationId: id, body: "hi" })).toEqual({ ok: false, message: "errors.notFound" });
      expect(await postMessage(who, { conversationId: "doesnotexist", body: "hi" })).toEqual({ ok: false, message: "errors.notFound" });
      expect(await markRead(who, { conversationId: id, seq: 1 })).toEqual({ ok: false, message: "errors.notFound" });
      expect(await closeConversation(who, id)).toEqual({ ok: false, message: "errors.notFound" });
      expect(await requestTicket(who, id)).toEqual({ ok: false, message: "errors.notFound" });
      expect(await announceTyping(who, id)).toEqual({ ok: false, message: "errors.notFound" });
    }
    expect((await db.chatConversation.findUniqueOrThrow({ where: { id } })).status).toBe("WAITING");
  });

  it("a customer cannot post an internal note nor use agent actions", async () => {
    const id = await start();
    expect(await postMessage(customer, { conversationId: id, body: "psst", internal: true })).toEqual({ ok: false, message: "errors.notAllowed" });
    expect(await acceptConversation(customer, id)).toEqual({ ok: false, message: "errors.notFound" });
    expect(await transferConversation(customer, { conversationId: id, agentId: agent.id })).toEqual({ ok: false, message: "errors.notFound" });
    const category = await makeCategory();
    expect(await convertToTicket(customer, { conversationId: id, subject: "x", categoryId: category.id })).toEqual({ ok: false, message: "errors.notFound" });
    expect(await setAvailability(customer, "ONLINE")).toEqual({ ok: false, message: "errors.notFound" });
    expect(await listConsoleConversations(customer)).toBeNull();
    expect(await db.chatMessage.count({ where: { conversationId: id, kind: "INTERNAL" } })).toBe(0);
    expect((await db.chatConversation.findUniqueOrThrow({ where: { id } })).assigneeId).toBeNull();
  });

  it("internal notes never reach the requester: not on the page, not in the stream's read, not in downloads", async () => {
    const id = await start();
    await acceptConversation(agent, id);
    const { storage } = tempStorage();
    await expectOk(postMessage(agent, { conversationId: id, body: "customer seems upset", internal: true }, { files: [{ name: "n.png", bytes: PNG }], storage }));
    await expectOk(postMessage(agent, { conversationId: id, body: "Hello, I can help" }));
    const mine = await getConversation(customer, id);
    expect(mine!.messages.map((m) => m.body)).not.toContain("customer seems upset");
    expect((await messagesAfter(customer, id, 0)).some((m) => m.kind === "INTERNAL")).toBe(false);
    const staffView = await messagesAfter(agent2, id, 0);
    const note = staffView.find((m) => m.kind === "INTERNAL")!;
    expect(note.body).toBe("customer seems upset");
    expect(await getChatAttachmentForDownload(customer, note.attachments[0].id)).toBeNull();
    expect(await getChatAttachmentForDownload(agent2, note.attachments[0].id)).not.toBeNull();
  });

  it("chat switched off for a person: nothing readable, nothing postable, the stream is told to close", async () => {
    const person = await named(await makeUser("CUSTOMER"), "Off Person");
    const id = await start("before", person);
    const session = await db.authSession.create({ data: { id: `s-${person.id}`, userId: person.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const viewer = { ...person, sessionId: session.id };
    expect(await streamStillAllowed(viewer, id)).toBe(true);
    await db.userPortalOptions.update({ where: { userId: person.id }, data: { showChat: false } });
    expect(await getConversation(person, id)).toBeNull();
    expect(await listMyConversations(person)).toBeNull();
    expect(await postMessage(person, { conversationId: id, body: "after" })).toEqual({ ok: false, message: "errors.notFound" });
    expect(await startConversation(person, { body: "new" })).toEqual({ ok: false, message: "errors.notFound" });
    expect(await streamStillAllowed(viewer, id)).toBe(false);
    await db.userPortalOptions.update({ where: { userId: person.id }, data: { showChat: true } });
    expect(await streamStillAllowed(viewer, id)).toBe(true);
    await db.user.update({ where: { id: person.id }, data: { portalAccess: false } });
    expect(await streamStillAllowed(viewer, id)).toBe(false);
    await db.user.update({ where: { id: person.id }, data: { portalAccess: true } });
    await db.authSession.delete({ where: { id: session.id } });
    expect(await streamStillAllowed(viewer, id)).toBe(false);
  });
});

describe("agents", () => {
  it("the first agent to accept wins; the second is told it is taken", async () => {
    const id = await start();
    const [a, b] = await Promise.all([acceptConversation(agent, id), acceptConversation(agent2, id)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, message: "errors.alreadyTaken" });
    const state = await getConversationState(customer, id);
    expect(state?.status).toBe("ACTIVE");
    const joined = (await getConversation(customer, id))!.messages.filter((m) => m.event?.event === "joined");
    expect(joined).toHaveLength(1);
  });

  it("waiting / mine / all views, transfer to another agent, and a public answer takes a waiting conversation", async () => {
    const waiting = await start("waiting one");
    const list = await listConsoleConversations(agent, { view: "waiting" });
    expect(list!.items.map((i) => i.id)).toContain(waiting);
    await expectOk(postMessage(agent, { conversationId: waiting, body: "On it" }));
    expect((await getConversationState(agent, waiting))?.assignee?.id).toBe(agent.id);
    expect((await listConsoleConversations(agent, { view: "waiting" }))!.items.map((i) => i.id)).not.toContain(waiting);
    expect((await listConsoleConversations(agent, { view: "mine" }))!.items.map((i) => i.id)).toContain(waiting);
    expect(await transferConversation(agent, { conversationId: waiting, agentId: customer.id })).toMatchObject({ ok: false, fieldErrors: { agentId: ["errors.agentRequired"] } });
    await expectOk(transferConversation(agent, { conversationId: waiting, agentId: agent2.id }));
    expect((await listConsoleConversations(agent2, { view: "mine" }))!.items.map((i) => i.id)).toContain(waiting);
    const events = (await getConversation(customer, waiting))!.messages.filter((m) => m.kind === "EVENT").map((m) => m.event);
    expect(events).toEqual([{ event: "joined", name: "Alan Agent" }, { event: "transferred", name: "Beth Agent" }]);
  });

  it("canned responses are filled for the conversation's requester", async () => {
    const id = await start();
    const canned = await db.cannedResponse.create({ data: { title: "hi", body: "Hi {{requester.name}}, {{agent.name}} here", createdById: agent.id } });
    expect(await renderCannedForChat(agent, { id: canned.id, conversationId: id })).toEqual({ ok: true, data: { body: "Hi Carla Customer, Alan Agent here" } });
    expect(await renderCannedForChat(customer, { id: canned.id, conversationId: id })).toEqual({ ok: false, message: "errors.notFound" });
  });
});

describe("read markers, close, unread email", () => {
  it("read markers move forward only and show on the other side; unread counts follow them", async () => {
    const id = await start();
    await acceptConversation(agent, id);
    const { data } = (await postMessage(agent, { conversationId: id, body: "Answer" })) as { data: { seq: number } };
    expect(await unreadConversationCount(customer)).toBeGreaterThan(0);
    expect((await listMyConversations(customer))!.items.find((i) => i.id === id)?.unread).toBe(true);
    expect(await markRead(customer, { conversationId: id, seq: 999 })).toEqual({ ok: true, data: { seq: data.seq } });
    expect(await markRead(customer, { conversationId: id, seq: 1 })).toEqual({ ok: true, data: { seq: data.seq } });
    expect((await getConversationState(agent, id))?.otherReadSeq).toBe(data.seq);
    expect((await listMyConversations(customer))!.items.find((i) => i.id === id)?.unread).toBe(false);
  });

  it("an unread answer is emailed once, in the requester's language; a read one is not", async () => {
    const spanish = await named(await makeUser("CUSTOMER"), "Sofía");
    await db.user.update({ where: { id: spanish.id }, data: { locale: "es" } });
    const id = await start("hola", spanish);
    await expectOk(postMessage(agent, { conversationId: id, body: "Respuesta del agente" }));
    expect(await emailUnreadAnswer(id)).toBe("sent");
    expect(await emailUnreadAnswer(id)).toBe("skipped");
    const mail = await db.emailMessage.findMany({ where: { to: spanish.email, kind: "chat-unread" } });
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toMatch(/sin leer/);
    expect(mail[0].text).toContain("Respuesta del agente");
    expect(mail[0].text).toContain(`/chat/${id}`);

    const readId = await start("hello");
    const posted = (await postMessage(agent, { conversationId: readId, body: "Read me" })) as { data: { seq: number } };
    await markRead(customer, { conversationId: readId, seq: posted.data.seq });
    expect(await emailUnreadAnswer(readId)).toBe("read");
    expect(await db.emailMessage.count({ where: { to: customer.email, kind: "chat-unread", text: { contains: "Read me" } } })).toBe(0);
  });

  it("a support answer queues one delayed email job per conversation, due after the portal's delay", async () => {
    const id = await start("job test", other);
    const before = Date.now();
    await expectOk(postMessage(agent, { conversationId: id, body: "first answer" }));
    await expectOk(postMessage(agent, { conversationId: id, body: "second answer" }));
    const { chatEmailDelayMinutes } = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    const jobs =
      databaseProvider(process.env.DATABASE_URL ?? "") === "postgresql"
        ? (
            await db.$queryRawUnsafe<{ start_after: Date }[]>(
              "select start_after from pgboss.job where name = 'chat.unread-email' and singleton_key = $1 and state = 'created'",
              id,
            )
          ).map((j) => j.start_after)
        : (await db.job.findMany({ where: { name: "chat.unread-email", pendingKey: id } })).map((j) => j.runAt);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].getTime()).toBeGreaterThanOrEqual(before + chatEmailDelayMinutes * 60_000 - 1000);
  });

  it("internal notes are never emailed", async () => {
    const id = await start("note test", other);
    await acceptConversation(agent, id);
    await expectOk(postMessage(agent, { conversationId: id, body: "secret note", internal: true }));
    expect(await emailUnreadAnswer(id)).toBe("read");
  });

  it("a closed conversation takes no more messages", async () => {
    const id = await start();
    await expectOk(closeConversation(customer, id));
    expect(await postMessage(customer, { conversationId: id, body: "more" })).toEqual({ ok: false, message: "errors.closed" });
    expect(await postMessage(agent, { conversationId: id, body: "more" })).toEqual({ ok: false, message: "errors.closed" });
  });
});

describe("convert to ticket", () => {
  it("the transcript becomes the ticket's history, both link to each other, and it happens once", async () => {
    const id = await start("VPN drops every hour");
    await acceptConversation(agent, id);
    await expectOk(postMessage(agent, { conversationId: id, body: "Which client version?" }));
    await expectOk(postMessage(agent, { conversationId: id, body: "looks like the known bug", internal: true }));
    await expectOk(postMessage(customer, { conversationId: id, body: "5.2" }));
    await expectOk(requestTicket(customer, id));
    expect((await getConversationState(agent, id))?.conversionRequested).toBe(true);
    const category = await makeCategory();
    expect(await convertToTicket(agent, { conversationId: id, subject: "", categoryId: category.id })).toMatchObject({ ok: false, fieldErrors: { subject: ["errors.subjectRequired"] } });
    const [a, b] = await Promise.all([
      convertToTicket(agent, { conversationId: id, subject: "VPN drops", categoryId: category.id }),
      convertToTicket(agent2, { conversationId: id, subject: "VPN drops", categoryId: category.id }),
    ]);
    const winner = [a, b].find((r) => r.ok) as { ok: true; data: { ticketId: number } };
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: winner.data.ticketId },
      include: { messages: { orderBy: { createdAt: "asc" } }, chat: { select: { id: true } }, events: true },
    });
    expect(ticket).toMatchObject({ requesterId: customer.id, description: "VPN drops every hour", subject: "VPN drops" });
    expect(ticket.messages.map((m) => [m.body, m.internal])).toEqual([
      ["Which client version?", false],
      ["looks like the known bug", true],
      ["5.2", false],
    ]);
    expect(ticket.chat?.id).toBe(id);
    expect(ticket.events.map((e) => e.type)).toContain("FROM_CHAT");
    expect((await getConversationState(customer, id))).toMatchObject({ ticketId: ticket.id, status: "CLOSED" });
  });
});

describe("convert to ticket, with files", () => {
  it("copies the chat's files as ticket attachments under the ticket's own download checks", async () => {
    const { dir, storage } = tempStorage();
    const started = await startConversation(customer, { body: "Screen goes black" }, { files: [{ name: "screen.png", bytes: PNG }], storage });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const id = started.data.id;
    await acceptConversation(agent, id);
    await expectOk(postMessage(agent, { conversationId: id, body: "Try this guide" }, { files: [{ name: "guide.pdf", bytes: PDF }], storage }));
    await expectOk(postMessage(agent, { conversationId: id, body: "their driver is old", internal: true }, { files: [{ name: "driver.png", bytes: PNG }], storage }));
    await expectOk(postMessage(customer, { conversationId: id, body: "Here is another" }, { files: [{ name: "gone.png", bytes: PNG }], storage }));
    // A chat file whose bytes are no longer in storage cannot be copied: its name stays in the text.
    const gone = await db.chatAttachment.findFirstOrThrow({ where: { conversationId: id, fileName: "gone.png" } });
    await storage.delete(gone.storageKey);
    const files = () => readdirSync(path.join(dir, "attachments")).length;
    expect(files()).toBe(3);

    const category = await makeCategory();
    const [a, b] = await Promise.all([
      convertToTicket(agent, { conversationId: id, subject: "Black screen", categoryId: category.id }, storage),
      convertToTicket(agent2, { conversationId: id, subject: "Black screen", categoryId: category.id }, storage),
    ]);
    const winner = [a, b].find((r) => r.ok) as { ok: true; data: { ticketId: number } };
    expect(winner).toBeDefined();
    // Three chat files and one copy of each that still existed: the loser's copies were removed.
    expect(files()).toBe(6);

    const ticket = (await getTicket(agent, winner.data.ticketId))!;
    expect(ticket.attachments.map((f) => f.fileName)).toEqual(["screen.png"]);
    expect(ticket.messages.map((m) => [m.body, m.attachments.map((f) => f.fileName)])).toEqual([
      ["Try this guide", ["guide.pdf"]],
      ["their driver is old", ["driver.png"]],
      ["Here is another\n\n[gone.png]", []],
    ]);
    const ticketFiles = await db.attachment.findMany({ where: { ticketId: ticket.id }, select: { id: true, fileName: true, storageKey: true, uploadedById: true } });
    const chatFiles = await db.chatAttachment.findMany({ where: { conversationId: id }, select: { fileName: true, storageKey: true } });
    // Copies with their own stored file: the chat's stay where they were, and downloadable from the chat.
    for (const f of ticketFiles) {
      const original = chatFiles.find((c) => c.fileName === f.fileName)!;
      expect(f.storageKey).not.toBe(original.storageKey);
      expect(await storage.get(f.storageKey)).toEqual(await storage.get(original.storageKey));
    }
    expect(ticketFiles.find((f) => f.fileName === "screen.png")?.uploadedById).toBe(customer.id);
    expect(ticketFiles.find((f) => f.fileName === "guide.pdf")?.uploadedById).toBe(agent.id);

    // The ticket's own rules: the requester gets the public ones, not the internal note's; another customer nothing.
    const byName = (name: string) => ticketFiles.find((f) => f.fileName === name)!.id;
    expect(await getAttachmentForDownload(customer, byName("screen.png"))).toMatchObject({ fileName: "screen.png", contentType: "image/png" });
    expect(await getAttachmentForDownload(customer, byName("guide.pdf"))).toMatchObject({ fileName: "guide.pdf", contentType: "application/pdf" });
    expect(await getAttachmentForDownload(customer, byName("driver.png"))).toBeNull();
    expect(await getAttachmentForDownload(agent2, byName("driver.png"))).toMatchObject({ fileName: "driver.png" });
    expect(await getAttachmentForDownload(other, byName("screen.png"))).toBeNull();
  });
});

/** How often `write` updates the conversation's row, counted by a trigger on the table. */
async function conversationUpdates(conversationId: string, write: () => Promise<unknown>): Promise<number> {
  const onPostgres = databaseProvider(process.env.DATABASE_URL ?? "") === "postgresql";
  const table = `"TestUpdates_${conversationId}"`;
  const trigger = `test_updates_${conversationId}`;
  await db.$executeRawUnsafe(`CREATE TABLE ${table} ("n" INTEGER)`);
  if (onPostgres) {
    await db.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ${table} VALUES (1); RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${trigger} AFTER UPDATE ON "ChatConversation" FOR EACH ROW WHEN (NEW."id" = '${conversationId}') EXECUTE FUNCTION ${trigger}()`);
  } else {
    await db.$executeRawUnsafe(`CREATE TRIGGER ${trigger} AFTER UPDATE ON "ChatConversation" WHEN NEW."id" = '${conversationId}' BEGIN INSERT INTO ${table} VALUES (1); END`);
  }
  try {
    await write();
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS "n" FROM ${table}`);
    return Number(n);
  } finally {
    await db.$executeRawUnsafe(onPostgres ? `DROP TRIGGER ${trigger} ON "ChatConversation"` : `DROP TRIGGER ${trigger}`);
    if (onPostgres) await db.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    await db.$executeRawUnsafe(`DROP TABLE ${table}`);
  }
}

describe("fan-out", () => {
  it("an agent's answer updates the conversation once and is announced in one NOTIFY", async () => {
    const id = await start();
    await expectOk(acceptConversation(agent, id));
    const onPostgres = databaseProvider(process.env.DATABASE_URL ?? "") === "postgresql";
    const notified = onPostgres ? await recordNotifications(process.env.DATABASE_URL!, id) : null;
    try {
      const updates = await conversationUpdates(id, () => expectOk(postMessage(agent, { conversationId: id, body: "On it" })));
      expect(updates).toBe(1);
      // Joined (2), the answer (3): the answer is the last message and the last one from support.
      const row = await db.chatConversation.findUnique({ where: { id }, select: { lastSeq: true, lastAgentSeq: true, lastMessageAt: true, updatedAt: true } });
      expect(row).toMatchObject({ lastSeq: 3, lastAgentSeq: 3 });
      expect(Date.now() - row!.lastMessageAt.getTime()).toBeLessThan(60_000);
      expect(row!.updatedAt.getTime()).toBe(row!.lastMessageAt.getTime());
      if (notified) {
        await new Promise((r) => setTimeout(r, 300));
        expect(notified.payloads).toHaveLength(1);
        expect(JSON.parse(notified.payloads[0])).toEqual([
          { topic: `chat:${id}`, event: { type: "chat.message", conversationId: id, seq: 3 } },
          { topic: `user:${customer.id}`, event: { type: "chat.changed", conversationId: id } },
        ]);
      }
    } finally {
      await notified?.stop();
    }
  });

  it("a message is announced on the conversation's topic with ids only, after it is readable", async () => {
    const id = await start();
    const seen: RealtimeEvent[] = [];
    let readable = false;
    const stop = subscribe(`chat:${id}`, (event) => {
      seen.push(event);
      void messagesAfter(customer, id, 1).then((rows) => (readable = rows.length > 0));
    });
    await expectOk(postMessage(customer, { conversationId: id, body: "ping" }));
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(seen).toContainEqual({ type: "chat.message", conversationId: id, seq: 2 });
    expect(JSON.stringify(seen)).not.toContain("ping");
    expect(readable).toBe(true);
  });
});
