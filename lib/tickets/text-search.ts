import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { databaseProvider } from "@/lib/db-url";
import { searchTerms } from "@/lib/kb/search";

// The console queue's text search, over the full-text indexes of migration 0016 (SQLite FTS5
// table TicketFts, PostgreSQL GIN indexes on the same expressions as below): the subject and
// description of a ticket, and each of its messages, internal notes included. Every word must be
// in the same text (one message, or the subject and description); words of three letters or more
// match as prefixes ("print" finds "printer"), shorter ones whole, so a one-letter query does not
// match most of the desk. Case and accents are ignored, as in the knowledge base.

/**
 * The newest tickets matching a text search, at most this many: the cost stays bounded on any desk,
 * and the ids stay under the 999 bound values Prisma allows a SQLite query (they are passed as a list).
 */
export const TEXT_SEARCH_LIMIT = 500;

const term = (t: string, prefix: string) => (t.length >= 3 ? prefix : "");

/** Ids of the newest tickets (up to TEXT_SEARCH_LIMIT) whose text matches every word of `query`, newest first. */
export async function ticketsMatchingText(query: string): Promise<number[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  if (databaseProvider(env.DATABASE_URL) === "postgresql") {
    const tsquery = terms.map((t) => `${t}${term(t, ":*")}`).join(" & ");
    const rows = await db.$queryRaw<{ id: number }[]>`
      WITH q AS (SELECT to_tsquery('portico_kb', ${tsquery}) AS q)
      SELECT "id" FROM (
        SELECT t."id" FROM "Ticket" t, q WHERE to_tsvector('portico_kb'::regconfig, t."subject" || ' ' || t."description") @@ q.q
        UNION
        SELECT m."ticketId" FROM "TicketMessage" m, q WHERE to_tsvector('portico_kb'::regconfig, m."body") @@ q.q
      ) hits
      ORDER BY "id" DESC LIMIT ${TEXT_SEARCH_LIMIT}`;
    return rows.map((r) => Number(r.id));
  }
  // Terms hold letters and digits only; quoting them keeps FTS5 from reading any as syntax.
  const match = terms.map((t) => `"${t}"${term(t, "*")}`).join(" AND ");
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT DISTINCT "ticketId" AS "id" FROM "TicketFts" WHERE "TicketFts" MATCH ${match}
    ORDER BY "ticketId" DESC LIMIT ${TEXT_SEARCH_LIMIT}`;
  return rows.map((r) => Number(r.id));
}
