import "server-only";
import { cache } from "react";
import { containsText, db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-url";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { visibleTicketsWhere } from "./access";
import { listQueueOptions, peopleNamed } from "./choices";
import { ticketsMatchingText } from "./text-search";
import { PAGE_SIZE } from "./schema";
import { OPEN_STATUSES, PRIORITY_ORDER, QUEUE_FILTERS, queueQuerySchema, type QueueQuery, type QueueSort, type QueueView } from "./queue-schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

// A queue row's own columns and its requester. Its category, organization and assignee are named
// from the lists each process keeps (lib/tickets/choices.ts): three relations fewer to read for
// every page (on SQLite three queries, on PostgreSQL three joins).
const queueRowSelect = {
  id: true,
  subject: true,
  status: true,
  priority: true,
  createdAt: true,
  updatedAt: true,
  categoryId: true,
  organizationId: true,
  assigneeId: true,
  requester: { select: { id: true, name: true, email: true } },
  customerUpdatedAt: true,
} satisfies Prisma.TicketSelect;

type QueueRow = Prisma.TicketGetPayload<{ select: typeof queueRowSelect }>;

export type QueueItem = Omit<QueueRow, "categoryId" | "organizationId" | "assigneeId"> & {
  category: { nameEn: string; nameEs: string };
  organization: { name: string } | null;
  assignee: { id: string; name: string } | null;
  updatedByCustomer?: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

// "status IN (the open ones)" rather than "NOT IN (resolved, closed)": the former can use the
// (status, updatedAt) index, the latter reads every row.
function viewWhere(viewer: ViewerLike, view: QueueView): Prisma.TicketWhereInput {
  const open = { status: { in: [...OPEN_STATUSES] } };
  if (view === "open") return open;
  if (view === "unassigned") return { ...open, assigneeId: null };
  if (view === "mine") return { ...open, assigneeId: viewer.id };
  return { status: view };
}

/** A ticket number, or the tickets whose text matches, messages included or not (lib/tickets/text-search.ts). */
async function searchWhere(q: string, messages: boolean): Promise<Prisma.TicketWhereInput> {
  const number = /^#?(\d{1,9})$/.exec(q);
  const ids = await ticketsMatchingText(q, { messages });
  return { OR: [...(number ? [{ id: Number(number[1]) }] : []), { id: { in: ids } }] };
}

export async function queueWhere(viewer: ViewerLike, query: QueueQuery, now = new Date()): Promise<Prisma.TicketWhereInput> {
  const and: Prisma.TicketWhereInput[] = [visibleTicketsWhere(viewer), viewWhere(viewer, query.view)];
  if (query.priority) and.push({ priority: query.priority });
  if (query.category) and.push({ categoryId: query.category });
  if (query.organization) and.push({ organizationId: query.organization });
  if (query.requester) and.push({ requester: { OR: [{ name: containsText(query.requester) }, { email: containsText(query.requester) }] } });
  if (query.olderThan) and.push({ createdAt: { lt: new Date(now.getTime() - Number(query.olderThan) * DAY_MS) } });
  if (query.q) and.push(await searchWhere(query.q, query.messages === "1"));
  return { AND: and };
}

const ORDER: Record<Exclude<QueueSort, "priority">, Prisma.TicketOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
};

/**
 * "Updated by customer", for this agent: the requester wrote or reopened since the agent last had
 * the ticket open (their TicketPresence row, written when the ticket page is drawn and by its
 * heartbeat), so one agent opening it does not clear it for another.
 */
async function withCustomerMarker(viewer: ViewerLike, items: QueueItem[]): Promise<QueueItem[]> {
  const touched = items.filter((t) => t.customerUpdatedAt);
  const seen = new Map(touched.length === 0 ? [] :
    (await db.ticketPresence.findMany({ where: { userId: viewer.id, ticketId: { in: touched.map((t) => t.id) } }, select: { ticketId: true, seenAt: true } }))
      .map((p) => [p.ticketId, p.seenAt]),
  );
  return items.map((t) => {
    const last = seen.get(t.id);
    return { ...t, updatedByCustomer: !!t.customerUpdatedAt && (!last || last < t.customerUpdatedAt) };
  });
}

/** An order that an index of Ticket already has, for a count to read in: see countUpTo. */
type IndexOrder = Prisma.TicketOrderByWithRelationInput[];
const BY_STATUS: IndexOrder = [{ status: "asc" }, { updatedAt: "asc" }];
const BY_ASSIGNEE: IndexOrder = [{ assigneeId: "asc" }, { status: "asc" }, { updatedAt: "asc" }];

/** The index a view's tickets are found through: (assigneeId, status, updatedAt) for the assignment views, else (status, updatedAt). */
function indexOrderOf(view: QueueView): IndexOrder {
  return view === "unassigned" || view === "mine" ? BY_ASSIGNEE : BY_STATUS;
}

/**
 * How many tickets match, counting no further than `cap`. Prisma orders a capped count by the
 * primary key unless told otherwise, and both databases then walk the whole table when fewer than
 * `cap` tickets match (PostgreSQL, 200,000 tickets: 22 ms for an agent's open tickets, 87 ms
 * under load; SQLite sorted every open ticket first, 68 ms). Read in the order of the index that
 * finds them, the count is an index-only scan that stops at the cap (0.6 to 6 ms).
 */
async function countOnce(where: Prisma.TicketWhereInput, cap: number, order: IndexOrder): Promise<number> {
  if (databaseProvider(env.DATABASE_URL) === "postgresql") return db.ticket.count({ where, take: cap, orderBy: order });
  return (await db.ticket.findMany({ where, select: { id: true }, orderBy: order, take: cap })).length;
}

// The priority sort asks for the same counts as its page's total: each asked once a request.
const countsOfThisRequest = cache(() => new Map<string, Promise<number>>());
function countUpTo(where: Prisma.TicketWhereInput, cap: number, order: IndexOrder): Promise<number> {
  const counts = countsOfThisRequest();
  const key = JSON.stringify({ where, cap, order });
  let count = counts.get(key);
  if (!count) counts.set(key, (count = countOnce(where, cap, order)));
  return count;
}

/**
 * One page in the given order, read in two steps: the ids first (the sort then handles small
 * index entries, not whole rows, which is what made "all open" grow with the table), then the rows.
 */
async function readPage(where: Prisma.TicketWhereInput, orderBy: Prisma.TicketOrderByWithRelationInput[], skip: number, take: number) {
  return rowsInOrder((await db.ticket.findMany({ where, select: { id: true }, orderBy, skip, take })).map((t) => t.id));
}

async function readUnlessEmpty<T>(ids: string[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : read(ids);
}

/** The queue's rows of these tickets, in this order. */
async function rowsInOrder(ids: number[]): Promise<QueueItem[]> {
  if (ids.length === 0) return [];
  const [rows, { categories, organizations }] = await Promise.all([
    db.ticket.findMany({ where: { id: { in: ids } }, select: queueRowSelect }),
    listQueueOptions(),
  ]);
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const organizationById = new Map(organizations.map((o) => [o.id, o]));
  // Whatever the lists lack is read: an assignee no longer on the agents' list (portal access off,
  // role changed), or a category or organization written a moment ago by another process.
  const lacking = <K extends "categoryId" | "organizationId">(key: K, known: Map<string, unknown>) =>
    [...new Set(rows.flatMap((r) => (r[key] && !known.has(r[key]) ? [r[key] as string] : [])))];
  const [moreCategories, moreOrganizations, assigneeById] = await Promise.all([
    readUnlessEmpty(lacking("categoryId", categoryById), (ids) => db.ticketCategory.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, nameEs: true } })),
    readUnlessEmpty(lacking("organizationId", organizationById), (ids) => db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    peopleNamed(rows.map((r) => r.assigneeId)),
  ]);
  for (const c of moreCategories) categoryById.set(c.id, c);
  for (const o of moreOrganizations) organizationById.set(o.id, o);
  const byId = new Map(
    rows.map(({ categoryId, organizationId, assigneeId, ...row }) => [
      row.id,
      {
        ...row,
        category: categoryById.get(categoryId)!,
        organization: organizationId ? (organizationById.get(organizationId) ?? null) : null,
        assignee: assigneeId ? (assigneeById.get(assigneeId) ?? null) : null,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A page sorted by priority, highest first. The Level enum is text on SQLite (alphabetical order
 * would put CRITICAL < HIGH < LOW < MEDIUM), so each level is read on its own, in PRIORITY_ORDER,
 * after counting the matches per level (each count capped, see countCap): the same answer on both
 * databases, and the counts give the total.
 */
async function pageByPriority(where: Prisma.TicketWhereInput, skip: number, cap: number, order: IndexOrder) {
  const counts = await Promise.all(PRIORITY_ORDER.map((level) => countUpTo({ AND: [where, { priority: level }] }, cap, order)));
  const items: QueueItem[] = [];
  let offset = skip;
  for (const [i, level] of PRIORITY_ORDER.entries()) {
    const count = counts[i];
    if (items.length >= PAGE_SIZE) break;
    if (offset >= count) {
      offset -= count;
      continue;
    }
    items.push(...(await readPage({ AND: [where, { priority: level }] }, ORDER.updated, offset, PAGE_SIZE - items.length)));
    offset = 0;
  }
  return { items, total: Math.min(cap, counts.reduce((sum, n) => sum + n, 0)) };
}

const PRIORITY_RANK = new Map<string, number>(PRIORITY_ORDER.map((level, i) => [level, i]));

type SortKeys = { id: number; updatedAt: Date; createdAt: Date; priority: string };
const byUpdated = (a: SortKeys, b: SortKeys) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id;
const COMPARE: Record<QueueSort, (a: SortKeys, b: SortKeys) => number> = {
  updated: byUpdated,
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
  oldest: (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id,
  priority: (a, b) => PRIORITY_RANK.get(a.priority)! - PRIORITY_RANK.get(b.priority)! || byUpdated(a, b),
};

/**
 * A page of a text search's results. A search finds at most TEXT_SEARCH_LIMIT tickets (and the one
 * its number names), so their sort keys are read once, sorted and counted here: the same order as
 * the database's, an exact total, and one query carrying the found ids instead of a page query
 * and a count each carrying them (at 500 ids Prisma spends 8-10 ms of CPU on each such query).
 */
async function pageOfSearch(where: Prisma.TicketWhereInput, sort: QueueSort, skip: number) {
  const keys = await db.ticket.findMany({ where, select: { id: true, updatedAt: true, createdAt: true, priority: true } });
  keys.sort(COMPARE[sort]);
  return { items: await rowsInOrder(keys.slice(skip, skip + PAGE_SIZE).map((t) => t.id)), total: keys.length };
}

/** Matches past the current page are counted up to this many: what "1,000+" says, at a cost that does not grow with the desk. */
export const QUEUE_COUNT_CAP = 1000;

/** The agents' queue: one view, filtered, searched and sorted. Nothing for a viewer who is not staff. */
export async function listQueue(viewer: ViewerLike, rawQuery: unknown) {
  const query = queueQuerySchema.parse(rawQuery ?? {});
  if (!isStaff(viewer)) return { items: [] as QueueItem[], total: 0, totalIsLowerBound: false, page: 1, pageCount: 1, query };
  const where = await queueWhere(viewer, query);
  const skip = (query.page - 1) * PAGE_SIZE;
  // Counting stops this far past the page: beyond it the total is shown as "N+".
  const cap = skip + QUEUE_COUNT_CAP;
  // A search's total is exact: at most TEXT_SEARCH_LIMIT + 1 tickets, below any cap.
  const { items, total } = query.q
    ? await pageOfSearch(where, query.sort, skip)
    : query.sort === "priority"
      ? await pageByPriority(where, skip, cap, indexOrderOf(query.view))
      : await Promise.all([
          readPage(where, ORDER[query.sort], skip, PAGE_SIZE),
          totalOf(viewer, query, where, cap),
        ]).then(([items, total]) => ({ items, total }));
  return { items: await withCustomerMarker(viewer, items), total, totalIsLowerBound: total >= cap, page: query.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), query };
}

/** Tab counts stop here ("999+"): counting every open ticket of a large desk on each page view does not pay. */
export const VIEW_COUNT_CAP = 1000;

type CountedView = "unassigned" | "mine" | "open";

/**
 * How many open tickets are unassigned, the viewer's, and open in all, each counted up to
 * VIEW_COUNT_CAP: one statement, read once a request (the page's tabs and, on the first page of
 * one of these views, its total). Each count is an index-only scan that stops at the cap. Through
 * Prisma they were three queries, and on SQLite each fetched up to 1,000 ticket ids to count them
 * (14-25 ms of CPU a page). Raw SQL reads every ticket: for staff only, who see them all.
 */
const viewCountsOfThisRequest = cache(async (viewerId: string): Promise<Record<CountedView, number>> => {
  const open = Prisma.join([...OPEN_STATUSES]);
  const capped = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM "Ticket" WHERE "status" IN (${open}) AND ${where} LIMIT ${VIEW_COUNT_CAP}) AS "capped")`;
  const [row] = await db.$queryRaw<Record<CountedView, number | bigint>[]>`
    SELECT ${capped(Prisma.sql`"assigneeId" IS NULL`)} AS "unassigned",
           ${capped(Prisma.sql`"assigneeId" = ${viewerId}`)} AS "mine",
           ${capped(Prisma.sql`1 = 1`)} AS "open"`;
  return { unassigned: Number(row.unassigned), mine: Number(row.mine), open: Number(row.open) };
});

/** How many open tickets are unassigned, assigned to the viewer, and open in all, each up to VIEW_COUNT_CAP. */
export async function countQueueViews(viewer: ViewerLike): Promise<Partial<Record<QueueView, number>>> {
  if (!isStaff(viewer)) return {};
  return viewCountsOfThisRequest(viewer.id);
}

/** The total of a page's matches up to `cap`: the tabs' count when the page is one of theirs unfiltered. */
function totalOf(viewer: ViewerLike, query: QueueQuery, where: Prisma.TicketWhereInput, cap: number): Promise<number> {
  const view = query.view;
  const counted = view === "unassigned" || view === "mine" || view === "open";
  if (counted && cap === VIEW_COUNT_CAP && isStaff(viewer) && !QUEUE_FILTERS.some((key) => query[key])) {
    return viewCountsOfThisRequest(viewer.id).then((counts) => counts[view]);
  }
  return countUpTo(where, cap, indexOrderOf(view));
}
