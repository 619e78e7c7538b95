import "server-only";
import { cache } from "react";
import { containsText, db, escapeLike, onPostgres } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { visibleTicketsWhere } from "./access";
import { categoriesNamed, organizationsNamed, peopleNamed } from "./choices";
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

const olderThanDate = (days: string, now: Date) => new Date(now.getTime() - Number(days) * DAY_MS);

/** The tickets of a view with its filters, the text search aside (a search's page is one SQL statement: see pageOfSearch). */
export function queueWhere(viewer: ViewerLike, query: QueueQuery, now = new Date()): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = [visibleTicketsWhere(viewer), viewWhere(viewer, query.view)];
  if (query.priority) and.push({ priority: query.priority });
  if (query.category) and.push({ categoryId: query.category });
  if (query.organization) and.push({ organizationId: query.organization });
  if (query.requester) and.push({ requester: { OR: [{ name: containsText(query.requester) }, { email: containsText(query.requester) }] } });
  if (query.olderThan) and.push({ createdAt: { lt: olderThanDate(query.olderThan, now) } });
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
  if (onPostgres) return db.ticket.count({ where, take: cap, orderBy: order });
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

/** The queue's rows of these tickets, in this order. */
async function rowsInOrder(ids: number[]): Promise<QueueItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.ticket.findMany({ where: { id: { in: ids } }, select: queueRowSelect });
  // Named from the kept lists, or read where they lack one: an assignee no longer on the agents'
  // list (portal access off, role changed), or a category or organization written a moment ago by
  // another process.
  const [categoryById, organizationById, assigneeById] = await Promise.all([
    categoriesNamed(rows.map((r) => r.categoryId)),
    organizationsNamed(rows.map((r) => r.organizationId)),
    peopleNamed(rows.map((r) => r.assigneeId)),
  ]);
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

/**
 * The same view and filters as queueWhere, as SQL conditions on "Ticket" t, for a search's page.
 * Staff only: it does not narrow to the tickets a customer may see (listQueue shows customers nothing).
 */
function searchFiltersSql(viewer: ViewerLike, query: QueueQuery, now = new Date()): Prisma.Sql[] {
  const view = query.view;
  const and =
    view === "open" || view === "unassigned" || view === "mine"
      ? [Prisma.sql`t."status" IN (${Prisma.join([...OPEN_STATUSES])})`]
      : [Prisma.sql`t."status" = ${view}`];
  if (view === "unassigned") and.push(Prisma.sql`t."assigneeId" IS NULL`);
  if (view === "mine") and.push(Prisma.sql`t."assigneeId" = ${viewer.id}`);
  if (query.priority) and.push(Prisma.sql`t."priority" = ${query.priority}`);
  if (query.category) and.push(Prisma.sql`t."categoryId" = ${query.category}`);
  if (query.organization) and.push(Prisma.sql`t."organizationId" = ${query.organization}`);
  if (query.requester) {
    // What containsText does through Prisma: ILIKE with %, _ and \ escaped on PostgreSQL; SQLite's LIKE ignores ASCII case.
    const like = onPostgres
      ? Prisma.sql`ILIKE ${`%${escapeLike(query.requester)}%`}`
      : Prisma.sql`LIKE ${`%${query.requester}%`}`;
    and.push(Prisma.sql`t."requesterId" IN (SELECT u."id" FROM "User" u WHERE u."name" ${like} OR u."email" ${like})`);
  }
  if (query.olderThan) and.push(Prisma.sql`t."createdAt" < ${olderThanDate(query.olderThan, now)}`);
  return and;
}

/** The tickets a search found, and the one its number names: one parameter however many (500 bound ids cost Prisma 8-10 ms of CPU a query). */
async function searchHitsSql(q: string, messages: boolean): Promise<Prisma.Sql> {
  const ids = await ticketsMatchingText(q, { messages });
  const number = /^#?(\d{1,9})$/.exec(q);
  const found = onPostgres ? Prisma.sql`t."id" = ANY(${ids}::int[])` : Prisma.sql`t."id" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  return number ? Prisma.sql`(${found} OR t."id" = ${Number(number[1])})` : found;
}

// The queue's sorts in SQL, the same as ORDER and pageByPriority's: the Level enum is text on
// SQLite, so the priority sort ranks it (CRITICAL first) rather than comparing it.
const PRIORITY_RANK_SQL = Prisma.sql`CASE t."priority" ${Prisma.join(PRIORITY_ORDER.map((level, i) => Prisma.sql`WHEN ${level} THEN ${Prisma.raw(String(i))}`), " ")} END`;
const SEARCH_ORDER: Record<QueueSort, Prisma.Sql> = {
  updated: Prisma.sql`t."updatedAt" DESC, t."id" DESC`,
  newest: Prisma.sql`t."createdAt" DESC, t."id" DESC`,
  oldest: Prisma.sql`t."createdAt" ASC, t."id" ASC`,
  priority: Prisma.sql`${PRIORITY_RANK_SQL}, t."updatedAt" DESC, t."id" DESC`,
};

/**
 * A page of a text search's results and their exact total (a search finds at most
 * TEXT_SEARCH_LIMIT tickets and the one its number names): one statement, the found ids passed as
 * one parameter. Through Prisma the ids were 500 bound values, 8-10 ms of CPU each query.
 */
async function pageOfSearch(viewer: ViewerLike, query: QueueQuery & { q: string }, skip: number) {
  const where = Prisma.join([await searchHitsSql(query.q, query.messages === "1"), ...searchFiltersSql(viewer, query)], " AND ");
  const rows = await db.$queryRaw<{ id: number | bigint; total: number | bigint }[]>`
    SELECT t."id", COUNT(*) OVER () AS "total" FROM "Ticket" t WHERE ${where}
    ORDER BY ${SEARCH_ORDER[query.sort]} LIMIT ${PAGE_SIZE} OFFSET ${skip}`;
  // Past the last page no row carries the total.
  const total = rows.length > 0 || skip === 0
    ? Number(rows[0]?.total ?? 0)
    : Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Ticket" t WHERE ${where}`)[0].n);
  return { items: await rowsInOrder(rows.map((r) => Number(r.id))), total };
}

/** Matches past the current page are counted up to this many: what "1,000+" says, at a cost that does not grow with the desk. */
export const QUEUE_COUNT_CAP = 1000;

/** The agents' queue: one view, filtered, searched and sorted. Nothing for a viewer who is not staff. */
export async function listQueue(viewer: ViewerLike, rawQuery: unknown) {
  const query = queueQuerySchema.parse(rawQuery ?? {});
  if (!isStaff(viewer)) return { items: [] as QueueItem[], total: 0, totalIsLowerBound: false, page: 1, pageCount: 1, query };
  const skip = (query.page - 1) * PAGE_SIZE;
  // Counting stops this far past the page: beyond it the total is shown as "N+".
  const cap = skip + QUEUE_COUNT_CAP;
  const where = queueWhere(viewer, query);
  // A search's total is exact: at most TEXT_SEARCH_LIMIT + 1 tickets, below any cap.
  const { items, total } = query.q
    ? await pageOfSearch(viewer, { ...query, q: query.q }, skip)
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
