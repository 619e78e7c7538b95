import "server-only";
import { db, onPostgres } from "@/lib/db";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { searchTerms } from "@/lib/kb/search";
import { setRecent } from "@/lib/recent-map";

// The console queue's text search. By default it looks at the subject and description of each
// ticket; on demand (`messages`) at each of its messages too, internal notes included. The two
// differ in cost by an order of magnitude on a large desk: a common word such as "printer" is in
// 8,000 of 200,000 tickets' subject or description but in 45,000 of their 2 million messages, and
// reading that many index entries made every search slow (PostgreSQL, 200,000 tickets: 120 ms of
// database time a search with the messages, 12 ms without).
// Indexes: SQLite FTS5 tables TicketTextFts (one row per ticket, the ticket's id as row id,
// migration 0024) and TicketFts (a row per ticket and per message, migration 0016); on PostgreSQL
// GIN indexes on the same expressions as below (migration 0016). Every word must be in the same
// text (one message, or the subject and description); words of three letters or more match as
// prefixes ("print" finds "printer"), shorter ones whole, so a one-letter query does not match
// most of the desk. Case and accents are ignored, as in the knowledge base.

/**
 * The newest tickets matching a text search, at most this many: the cost stays bounded on any desk,
 * and the ids stay under the 999 bound values Prisma allows a SQLite query (they are passed as a list).
 */
export const TEXT_SEARCH_LIMIT = 500;

const term = (t: string, prefix: string) => (t.length >= 3 ? prefix : "");

/**
 * Ids of tickets (up to TEXT_SEARCH_LIMIT) whose subject and description, or with `messages` also
 * one of whose messages, match every word of `query`: the newest tickets, except on SQLite with
 * `messages`, where they are the tickets whose matching text was written last, reading at most
 * 10,000 index rows (on a desk with many matches, a ticket with many matching messages uses up
 * several of them).
 */
export async function ticketsMatchingText(query: string, { messages = false } = {}): Promise<number[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  if (onPostgres) {
    const tsquery = terms.map((t) => `${t}${term(t, ":*")}`).join(" & ");
    // The matches are gathered first (MATERIALIZED), then sorted: asked for the newest 500 directly,
    // PostgreSQL walked the ticket ids backwards and parsed each ticket's text to test it (380 ms
    // for "printer" at 200,000 tickets) instead of combining the two indexes (6 ms).
    if (!messages) return newestInRanges(`text:${tsquery}`, (after) => db.$queryRaw<{ id: number }[]>`
      WITH hits AS MATERIALIZED (
        SELECT t."id" FROM "Ticket" t
        WHERE to_tsvector('portico_kb'::regconfig, t."subject" || ' ' || t."description") @@ to_tsquery('portico_kb', ${tsquery}) AND t."id" > ${after}
      )
      SELECT "id" FROM hits ORDER BY "id" DESC LIMIT ${TEXT_SEARCH_LIMIT}`);
    // Newest tickets first, looked for in growing ranges of ticket numbers: a common word matches
    // tens of thousands of messages, and fetching all of them to keep the newest 500 took 1.3-2.9 s
    // at 2 million messages. Within a range the GIN index and the ticket id index are combined, so
    // only that range's matches are read (0.1-0.2 s); a range holding 500 matches has the newest 500.
    return newestInRanges(`messages:${tsquery}`, (after) => db.$queryRaw<{ id: number }[]>`
        SELECT "id" FROM (
          SELECT t."id" FROM "Ticket" t
          WHERE to_tsvector('portico_kb'::regconfig, t."subject" || ' ' || t."description") @@ to_tsquery('portico_kb', ${tsquery}) AND t."id" > ${after}
          UNION
          SELECT m."ticketId" FROM "TicketMessage" m
          WHERE to_tsvector('portico_kb'::regconfig, m."body") @@ to_tsquery('portico_kb', ${tsquery}) AND m."ticketId" > ${after}
        ) hits
        ORDER BY "id" DESC LIMIT ${TEXT_SEARCH_LIMIT}`);
  }
  const match = ftsMatch(terms);
  if (!messages) {
    const rows = await db.$queryRaw<{ id: number | bigint }[]>`${newestTicketTextHits(match)}`;
    return rows.map((r) => Number(r.id));
  }
  // The index's rows in reverse order of writing (FTS5 walks its row ids backwards and stops at the
  // LIMIT): the tickets whose matching text was written last come first. Asking for the distinct
  // ticket ids in id order instead made SQLite read the ticket id of every match (53,000 rows for
  // "printer" at 2 million messages: 0.9 s, against a few ms).
  const ids = new Set<number>();
  let before = Number.MAX_SAFE_INTEGER;
  for (let batch = 0; batch < SQLITE_BATCHES && ids.size < TEXT_SEARCH_LIMIT; batch++) {
    const rows = await db.$queryRaw<{ rowid: number | bigint; id: number | bigint }[]>`
      SELECT rowid, "ticketId" AS "id" FROM "TicketFts" WHERE "TicketFts" MATCH ${match} AND rowid < ${before}
      ORDER BY rowid DESC LIMIT ${SQLITE_BATCH}`;
    for (const row of rows) if (ids.size < TEXT_SEARCH_LIMIT) ids.add(Number(row.id));
    if (rows.length < SQLITE_BATCH) break;
    before = Number(rows[rows.length - 1].rowid);
  }
  return [...ids];
}

/**
 * The same search as ticketsMatchingText, as a condition on "Ticket" t for a statement of the
 * caller's. On SQLite without the messages it is a subquery of the index, so the found ids are not
 * brought back and sent again; otherwise the ids found are one parameter, however many (500 bound
 * values cost Prisma 8-10 ms of CPU a query).
 */
export async function ticketsMatchingTextSql(query: string, { messages = false } = {}): Promise<Prisma.Sql> {
  const terms = searchTerms(query);
  if (terms.length === 0) return Prisma.sql`1 = 0`;
  if (!onPostgres && !messages) return Prisma.sql`t."id" IN (${newestTicketTextHits(ftsMatch(terms))})`;
  const ids = await ticketsMatchingText(query, { messages });
  return onPostgres ? Prisma.sql`t."id" = ANY(${ids}::int[])` : Prisma.sql`t."id" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** An FTS5 query asking for every term. Terms hold letters and digits only; quoting them keeps FTS5 from reading any as syntax. */
const ftsMatch = (terms: string[]) => terms.map((t) => `"${t}"${term(t, "*")}`).join(" AND ");

/** SQLite: the newest tickets whose subject and description match (TicketTextFts has one row per ticket, its id as the row id). */
const newestTicketTextHits = (match: string) =>
  Prisma.sql`SELECT rowid AS "id" FROM "TicketTextFts" WHERE "TicketTextFts" MATCH ${match} ORDER BY rowid DESC LIMIT ${TEXT_SEARCH_LIMIT}`;

/**
 * Runs `search` (the newest matches above a ticket number, at most TEXT_SEARCH_LIMIT) over growing
 * ranges of the newest ticket numbers until it finds TEXT_SEARCH_LIMIT or has covered every ticket.
 * Any range gives the right answer (a range holding TEXT_SEARCH_LIMIT matches holds the newest ones,
 * and the last covers every ticket), so where the ranges start is only a guess kept per process:
 * the newest ticket number, read again every few seconds, and for a search asked again (the next
 * page, another agent) the range that sufficed last time. Each range searched costs a scan of the
 * words' whole index entries (4-8 ms for a common word at 200,000 tickets).
 */
async function newestInRanges(key: string, search: (after: number) => Promise<{ id: number }[]>): Promise<number[]> {
  const newest = await newestTicketId();
  for (let span = spans.get(key) ?? PG_FIRST_SPAN; ; span *= 8) {
    const after = newest - span;
    const rows = await search(after);
    if (rows.length >= TEXT_SEARCH_LIMIT || after <= 0) {
      setRecent(spans, key, span, SPANS_KEPT);
      return rows.map((r) => Number(r.id));
    }
  }
}

/** The first range of ticket numbers searched on PostgreSQL (the newest this many); each next one is 8 times larger. */
const PG_FIRST_SPAN = 8 * TEXT_SEARCH_LIMIT;

/** The range that last sufficed for each search, for the most recent SPANS_KEPT searches. */
const spans = new Map<string, number>();
const SPANS_KEPT = 500;

let newest: { id: Promise<number>; until: number } | null = null;
const NEWEST_KEPT_MS = 5_000;
function newestTicketId(): Promise<number> {
  if (!newest || newest.until < Date.now()) {
    const id = db.$queryRaw<{ max: number | null }[]>`SELECT MAX("id") AS "max" FROM "Ticket"`.then((rows) => Number(rows[0]?.max ?? 0));
    const read = { id, until: Date.now() + NEWEST_KEPT_MS };
    newest = read;
    // A failed read is not kept (nor does it drop a newer one).
    id.catch(() => {
      if (newest === read) newest = null;
    });
  }
  return newest.id;
}

/** Index rows read per step on SQLite, and at most this many steps: a bounded cost however common the words. */
const SQLITE_BATCH = 2_000;
const SQLITE_BATCHES = 5;
