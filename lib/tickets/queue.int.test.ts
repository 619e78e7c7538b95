import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-url";
import { updatePortalOptions } from "@/lib/accounts/service";
import { makeCategory, makeUser } from "@/test/factories";
import type { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";
import { addReply, createTicket } from "./service";
import { QUEUE_COUNT_CAP, VIEW_COUNT_CAP, countQueueViews, listQueue } from "./queue";
import { TEXT_SEARCH_LIMIT } from "./text-search";
import { queueQuerySchema } from "./queue-schema";

// Each test files its tickets in a category of its own and filters on it, so that tickets made by
// other tests in the same database do not show up.

type Person = Awaited<ReturnType<typeof makeUser>>;
let agent: Person;
let customer: Person;
beforeAll(async () => {
  agent = await makeUser("AGENT");
  customer = await makeUser("CUSTOMER", { organizationName: `Org ${randomUUID()}` });
});

async function fileIn(categoryId: string, values: { subject?: string; description?: string; status?: TicketStatus; priority?: Level; assigneeId?: string | null; createdAt?: Date; updatedAt?: Date; requester?: Person } = {}) {
  const { subject = `Ticket ${randomUUID().slice(0, 8)}`, description = "Details.", requester = customer, ...rest } = values;
  const result = await createTicket(requester, { subject, description, categoryId, urgency: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  if (Object.keys(rest).length > 0) await db.ticket.update({ where: { id: result.data.id }, data: rest });
  return result.data.id;
}
const ids = (r: Awaited<ReturnType<typeof listQueue>>) => r.items.map((t) => t.id);
const sorted = (r: Awaited<ReturnType<typeof listQueue>>) => ids(r).sort((a, b) => a - b);

describe("the queue's URL", () => {
  it("falls back to defaults for anything it does not understand", () => {
    const query = queueQuerySchema.parse({ view: "everything", sort: "random", priority: "EXTREME", olderThan: "2", page: "-3", q: "x".repeat(500), category: "a b", messages: "yes" });
    expect(query).toMatchObject({ view: "open", sort: "updated", priority: undefined, olderThan: undefined, page: 1, q: undefined, category: undefined, messages: undefined });
    expect(queueQuerySchema.parse({ view: "mine", sort: "priority", olderThan: "7", q: "  printer  ", messages: "1" })).toMatchObject({ view: "mine", sort: "priority", olderThan: "7", q: "printer", messages: "1" });
  });
});

describe("views", () => {
  // A search adds its condition to the page's statement (see pageOfSearch): each view is checked with one too.
  it.each([false, true])("Unassigned, Mine, All open and each status show the right tickets (searched: %s)", async (searched) => {
    const { id: category } = await makeCategory();
    const token = `s${randomUUID().slice(0, 8)}`;
    const file = (values: Parameters<typeof fileIn>[1] = {}) => fileIn(category, { subject: `Views ${token}`, ...values });
    const unassigned = await file();
    const mine = await file({ status: "OPEN", assigneeId: agent.id });
    const waiting = await file({ status: "WAITING_FOR_CUSTOMER" });
    const resolved = await file({ status: "RESOLVED" });
    const closedMine = await file({ status: "CLOSED", assigneeId: agent.id });
    const q = (view: string) => listQueue(agent, { view, category, q: searched ? token : undefined });
    expect(sorted(await q("unassigned"))).toEqual([unassigned, waiting]);
    expect(sorted(await q("mine"))).toEqual([mine]);
    expect(sorted(await q("open"))).toEqual([unassigned, mine, waiting]);
    expect(sorted(await q("NEW"))).toEqual([unassigned]);
    expect(sorted(await q("RESOLVED"))).toEqual([resolved]);
    expect(sorted(await q("CLOSED"))).toEqual([closedMine]);
    expect((await q("open")).total).toBe(3);
  });

  it("shows a customer nothing", async () => {
    const { id: category } = await makeCategory();
    await fileIn(category);
    expect(await listQueue(customer, { view: "open", category })).toMatchObject({ items: [], total: 0 });
  });
});

describe("sorting", () => {
  it("by last update (default), newest and oldest", async () => {
    const { id: category } = await makeCategory();
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    const a = await fileIn(category, { createdAt: day(1), updatedAt: day(9) });
    const b = await fileIn(category, { createdAt: day(3), updatedAt: day(4) });
    const c = await fileIn(category, { createdAt: day(2), updatedAt: day(6) });
    expect(ids(await listQueue(agent, { category }))).toEqual([a, c, b]);
    expect(ids(await listQueue(agent, { category, sort: "newest" }))).toEqual([b, c, a]);
    expect(ids(await listQueue(agent, { category, sort: "oldest" }))).toEqual([a, c, b]);
  });

  it("by priority: critical, high, medium, low (not alphabetical), then last update, across pages", async () => {
    const { id: category } = await makeCategory();
    const made: Record<Level, number[]> = { LOW: [], MEDIUM: [], HIGH: [], CRITICAL: [] };
    let minute = 0;
    // 7 of each level, so that 28 tickets span two pages of 20 and a level is split between them.
    for (let i = 0; i < 7; i++) {
      for (const priority of ["MEDIUM", "LOW", "CRITICAL", "HIGH"] as const) {
        made[priority].unshift(await fileIn(category, { priority, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, minute++)) }));
      }
    }
    const expected = [...made.CRITICAL, ...made.HIGH, ...made.MEDIUM, ...made.LOW];
    const page1 = await listQueue(agent, { category, sort: "priority" });
    const page2 = await listQueue(agent, { category, sort: "priority", page: "2" });
    expect(page1).toMatchObject({ total: 28, pageCount: 2 });
    expect([...ids(page1), ...ids(page2)]).toEqual(expected);
    expect(page1.items.map((t) => t.priority).slice(0, 8)).toEqual([...Array(7).fill("CRITICAL"), "HIGH"]);
    expect(page2.items.map((t) => t.priority)).toEqual(["MEDIUM", ...Array(7).fill("LOW")]);
  });
});

describe("filters", () => {
  it.each([false, true])("by priority, category, organization, requester and age (searched: %s)", async (searched) => {
    const { id: category } = await makeCategory();
    const token = `f${randomUUID().slice(0, 8)}`;
    const file = (values: Parameters<typeof fileIn>[1] = {}) => fileIn(category, { subject: `Filters ${token}`, ...values });
    const other = await makeUser();
    const organization = (await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { organizationId: true } })).organizationId!;
    const old = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    const high = await file({ priority: "HIGH" });
    const ofOther = await file({ requester: other });
    const tenDaysOld = await file({ createdAt: old });
    const q = searched ? token : undefined;
    expect(sorted(await listQueue(agent, { category, q, priority: "HIGH" }))).toEqual([high]);
    expect(sorted(await listQueue(agent, { category, q, organization }))).toEqual([high, tenDaysOld]);
    expect(sorted(await listQueue(agent, { category, q, requester: other.email.slice(0, 20).toUpperCase() }))).toEqual([ofOther]);
    // "%" is a character on PostgreSQL; SQLite's LIKE has no escape, so there it matches anyone.
    const onPostgres = databaseProvider(process.env.DATABASE_URL ?? "") === "postgresql";
    expect(sorted(await listQueue(agent, { category, q, requester: "%" }))).toEqual(onPostgres ? [] : [high, ofOther, tenDaysOld]);
    expect(sorted(await listQueue(agent, { category, q, olderThan: "7" }))).toEqual([tenDaysOld]);
    expect(sorted(await listQueue(agent, { category, q, olderThan: "30" }))).toEqual([]);
    expect(sorted(await listQueue(agent, { category, q, olderThan: "bogus" }))).toEqual([high, ofOther, tenDaysOld]);
  });

  it("a search finds a ticket by number, subject and description; with messages, by public reply and internal note too", async () => {
    const { id: category } = await makeCategory();
    const token = randomUUID().slice(0, 8);
    const bySubject = await fileIn(category, { subject: `Printer ${token} jams` });
    const byDescription = await fileIn(category, { description: `The ${token.toUpperCase()} console` });
    const byReply = await fileIn(category);
    const byNote = await fileIn(category);
    const unrelated = await fileIn(category);
    await addReply(customer, { ticketId: byReply, body: `Still ${token}` });
    await addReply(agent, { ticketId: byNote, body: `note ${token}`, internal: true });
    expect(sorted(await listQueue(agent, { category, q: token }))).toEqual([bySubject, byDescription]);
    expect(sorted(await listQueue(agent, { category, q: token, messages: "1" }))).toEqual([bySubject, byDescription, byReply, byNote]);
    expect(ids(await listQueue(agent, { category, q: `#${unrelated}` }))).toEqual([unrelated]);
    // A bare number is a ticket number too (and may also appear in some text).
    expect(ids(await listQueue(agent, { category, q: String(unrelated) }))).toContain(unrelated);
    expect(ids(await listQueue(agent, { category, q: "zz%_zz" }))).toEqual([]);
  });

  it("searches words, not substrings: prefixes of three letters or more, any case and accents, every word in one text", async () => {
    const { id: category } = await makeCategory();
    const token = `w${randomUUID().slice(0, 8)}`;
    const printer = await fileIn(category, { subject: `Printer ${token} jams` });
    const password = await fileIn(category, { description: `Olvidé la CONTRASEÑA ${token}` });
    const split = await fileIn(category, { subject: `Laptop ${token}` });
    await addReply(customer, { ticketId: split, body: "battery" });
    expect(ids(await listQueue(agent, { category, q: `print ${token}` }))).toEqual([printer]);
    expect(ids(await listQueue(agent, { category, q: `contrasena ${token.toUpperCase()}` }))).toEqual([password]);
    // "nter" is inside "Printer" but begins no word; "pr" is too short to be a prefix.
    expect(ids(await listQueue(agent, { category, q: `nter ${token}` }))).toEqual([]);
    expect(ids(await listQueue(agent, { category, q: `pr ${token}` }))).toEqual([]);
    // Each word must be in the same text: the subject, or one message.
    expect(ids(await listQueue(agent, { category, q: `${token} battery`, messages: "1" }))).toEqual([]);
    expect(ids(await listQueue(agent, { category, q: `print ${token}`, messages: "1" }))).toEqual([printer]);
  });

  it("finds a ticket by its new subject once it changes, no longer by the old one", async () => {
    const { id: category } = await makeCategory();
    const before = `b${randomUUID().slice(0, 8)}`;
    const after = `a${randomUUID().slice(0, 8)}`;
    const ticket = await fileIn(category, { subject: `Printer ${before}` });
    await db.ticket.update({ where: { id: ticket }, data: { subject: `Scanner ${after}` } });
    expect(ids(await listQueue(agent, { category, q: after }))).toEqual([ticket]);
    expect(ids(await listQueue(agent, { category, q: `printer ${before}` }))).toEqual([]);
  });

  it("finds tickets and messages however they were written (the index follows the tables)", async () => {
    const { id: category } = await makeCategory();
    const token = `x${randomUUID().slice(0, 8)}`;
    const ticket = await db.ticket.create({
      data: { subject: "Imported", description: "From the old desk", categoryId: category, requesterId: customer.id, createdById: customer.id },
    });
    await db.ticketMessage.create({ data: { ticketId: ticket.id, authorId: agent.id, body: `Imported reply ${token}` } });
    expect(ids(await listQueue(agent, { category, q: token, messages: "1" }))).toEqual([ticket.id]);
    expect(ids(await listQueue(agent, { category, q: `imported old desk` }))).toContain(ticket.id);
  });
});

describe("a search matching many tickets", () => {
  it("shows the newest TEXT_SEARCH_LIMIT of them", async () => {
    const { id: category } = await makeCategory();
    const token = `y${randomUUID().slice(0, 8)}`;
    await db.ticket.createMany({
      data: Array.from({ length: TEXT_SEARCH_LIMIT + 20 }, (_, i) => ({
        subject: `Common ${token} ${i}`, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id,
      })),
    });
    const newest = await db.ticket.findFirstOrThrow({ where: { categoryId: category }, orderBy: { id: "desc" } });
    const result = await listQueue(agent, { category, q: token, sort: "newest" });
    expect(result).toMatchObject({ total: TEXT_SEARCH_LIMIT });
    expect(result.items[0].id).toBe(newest.id);
  });

  it("asked again once fewer of the newest match, looks further back again", async () => {
    const { id: category } = await makeCategory();
    const token = `w${randomUUID().slice(0, 8)}`;
    const ticket = (subject: string) => ({ subject, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id });
    const old = await db.ticket.create({ data: ticket(`Old ${token}`) });
    await db.ticket.createMany({ data: Array.from({ length: 10 * TEXT_SEARCH_LIMIT }, (_, i) => ticket(`Newer ${i}`)) });
    await db.ticket.createMany({ data: Array.from({ length: TEXT_SEARCH_LIMIT + 20 }, (_, i) => ticket(`Common ${token} ${i}`)) });
    const first = await listQueue(agent, { category, q: token, sort: "newest" });
    expect(first.total).toBe(TEXT_SEARCH_LIMIT);
    // PostgreSQL found those in the newest ticket numbers and remembers that range for this search;
    // with 30 of them renamed, the newest 500 matches reach back to the old ticket.
    const newest = await db.ticket.findMany({ where: { categoryId: category }, orderBy: { id: "desc" }, take: 30, select: { id: true } });
    await db.ticket.updateMany({ where: { id: { in: newest.map((t) => t.id) } }, data: { subject: "Renamed" } });
    const again = await listQueue(agent, { category, q: token, sort: "oldest" });
    expect(again.total).toBe(TEXT_SEARCH_LIMIT - 9);
    expect(again.items[0].id).toBe(old.id);
  });

  it("still finds an old ticket behind thousands of newer ones, through a message", async () => {
    const { id: category } = await makeCategory();
    const token = `z${randomUUID().slice(0, 8)}`;
    const old = await db.ticket.create({ data: { subject: "Old one", description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id } });
    await db.ticketMessage.create({ data: { ticketId: old.id, authorId: agent.id, body: `Old reply ${token}` } });
    // More newer tickets than PostgreSQL's first range of ticket numbers, none of them matching.
    await db.ticket.createMany({
      data: Array.from({ length: 10 * TEXT_SEARCH_LIMIT }, (_, i) => ({
        subject: `Newer ${i}`, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id,
      })),
    });
    expect(ids(await listQueue(agent, { q: token, messages: "1" }))).toEqual([old.id]);
  });

  it("searches subjects and descriptions alone just as far back", async () => {
    const { id: category } = await makeCategory();
    const token = `v${randomUUID().slice(0, 8)}`;
    const old = await db.ticket.create({ data: { subject: `Old ${token}`, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id } });
    await db.ticket.createMany({
      data: Array.from({ length: 10 * TEXT_SEARCH_LIMIT }, (_, i) => ({
        subject: `Newer ${i}`, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id,
      })),
    });
    expect(ids(await listQueue(agent, { q: token }))).toEqual([old.id]);
  });
});

describe("a row", () => {
  it("names its category, organization and assignee, also ones the kept lists lack", async () => {
    const { id: category } = await makeCategory();
    const former = await makeUser("AGENT");
    const member = await makeUser("CUSTOMER", { organizationName: `Row org ${randomUUID()}` });
    const ticket = await fileIn(category, { requester: member as Person, assigneeId: agent.id });
    const other = await fileIn(category, { assigneeId: former.id });
    // An assignee the agents' list no longer holds: their portal access was turned off.
    const admin = await makeUser("ADMIN");
    const portal = { showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true };
    expect(await updatePortalOptions(admin, former.id, { ...portal, portalAccess: false })).toMatchObject({ ok: true });
    const items = (await listQueue(agent, { category })).items;
    const row = items.find((t) => t.id === ticket)!;
    const organization = await db.organization.findUniqueOrThrow({ where: { id: member.organizationId! } });
    expect(row).toMatchObject({ organization: { name: organization.name }, assignee: { id: agent.id }, requester: { id: member.id } });
    expect(row.category).toMatchObject({ nameEn: "Test category", nameEs: "Categoría de prueba" });
    // Read with raw SQL: dates still come back as dates on both databases.
    expect(row.createdAt).toBeInstanceOf(Date);
    expect(row.updatedAt).toBeInstanceOf(Date);
    expect(items.find((t) => t.id === other)!.assignee).toMatchObject({ id: former.id });
  });
});

describe("a search's order and pages", () => {
  it("are those of the same tickets without a search, in every sort, with an exact total", async () => {
    const { id: category } = await makeCategory();
    const token = `o${randomUUID().slice(0, 8)}`;
    const levels = ["LOW", "CRITICAL", "MEDIUM", "HIGH"] as const;
    for (let i = 0; i < 25; i++) {
      await fileIn(category, { subject: `Search order ${token} ${i}`, priority: levels[i % 4], createdAt: new Date(Date.now() - (i % 7) * 60_000), updatedAt: new Date(Date.now() - (i % 5) * 60_000) });
    }
    for (const sort of ["updated", "newest", "oldest", "priority"] as const) {
      for (const page of ["1", "2"]) {
        const searched = await listQueue(agent, { category, q: token, sort, page });
        expect(ids(searched)).toEqual(ids(await listQueue(agent, { category, sort, page })));
        expect(searched).toMatchObject({ total: 25, totalIsLowerBound: false, pageCount: 2 });
      }
    }
    // Past the last page: no row, the total still right.
    expect(await listQueue(agent, { category, q: token, page: "3" })).toMatchObject({ items: [], total: 25, pageCount: 2 });
  });
});

describe("counting for pagination", () => {
  it("stops counting past the page: the total is then a lower bound, exact again near the end", async () => {
    const { id: category } = await makeCategory();
    const extra = 5;
    await db.ticket.createMany({
      data: Array.from({ length: QUEUE_COUNT_CAP + extra }, (_, i) => ({
        subject: `Bulk ${i}`, description: "Imported", categoryId: category, requesterId: customer.id, createdById: customer.id,
      })),
    });
    expect(await listQueue(agent, { category })).toMatchObject({ total: QUEUE_COUNT_CAP, totalIsLowerBound: true, pageCount: QUEUE_COUNT_CAP / 20 });
    const last = Math.ceil((QUEUE_COUNT_CAP + extra) / 20);
    const end = await listQueue(agent, { category, page: String(last) });
    expect(end).toMatchObject({ total: QUEUE_COUNT_CAP + extra, totalIsLowerBound: false, pageCount: last });
    expect(end.items).toHaveLength(extra);
    const byPriority = await listQueue(agent, { category, sort: "priority" });
    expect(byPriority).toMatchObject({ total: QUEUE_COUNT_CAP, totalIsLowerBound: true });
    expect(byPriority.items).toHaveLength(20);
  });
});

describe("view counts", () => {
  it("count the open tickets that are unassigned, the viewer's, and all, and nothing for a customer", async () => {
    const other = await makeUser("AGENT");
    const before = await countQueueViews(other);
    const { id: category } = await makeCategory();
    await fileIn(category);
    await fileIn(category, { assigneeId: other.id });
    await fileIn(category, { assigneeId: other.id, status: "CLOSED" });
    const after = await countQueueViews(other);
    expect(after.mine).toBe(1);
    expect(before.mine).toBe(0);
    expect(Math.min(after.open!, VIEW_COUNT_CAP - 2)).toBe(Math.min(before.open! + 2, VIEW_COUNT_CAP - 2));
    expect(await countQueueViews(customer)).toEqual({});
    // The first page of a view takes its total from the same count; a filter counts its own matches.
    expect(await listQueue(other, { view: "mine" })).toMatchObject({ total: 1, totalIsLowerBound: false });
    expect(await listQueue(other, { view: "mine", priority: "CRITICAL" })).toMatchObject({ total: 0 });
    expect((await listQueue(other, { view: "unassigned" })).total).toBe(Math.min(after.unassigned!, VIEW_COUNT_CAP));
  });
});
