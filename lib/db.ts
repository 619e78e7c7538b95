import "server-only";
import { PrismaClient as SqliteClient } from "@/generated/prisma-sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma-postgresql/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { env } from "./env";
import { databaseProvider, pgPoolConfig } from "./db-url";
import { setRecent } from "./recent-map";

// Both generated clients have the same model API; the SQLite one's type stands for both.
export type Db = SqliteClient;

// SQLite lets one writer in at a time; a burst of writes (or a second process on the same file,
// as in the browser tests) waits its turn instead of failing after Prisma's 2 s / 5 s defaults.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };
const SQLITE_BUSY_TIMEOUT_MS = 15_000;
// On PostgreSQL no statement of the app runs longer than this: a request whose visitor gave up
// does not keep a connection and a core busy (migrations use their own connection, without it).
export const POSTGRES_STATEMENT_TIMEOUT_MS = 15_000;
// Idle connections are kept for minutes, not node-postgres's 10 s: each new one is a new PostgreSQL
// process with cold caches, and in bench:chat the slow seconds coincided with pools opening again.
export const POSTGRES_IDLE_TIMEOUT_MS = 5 * 60_000;

export function createDb(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ ...pgPoolConfig(url), statement_timeout: POSTGRES_STATEMENT_TIMEOUT_MS, idleTimeoutMillis: POSTGRES_IDLE_TIMEOUT_MS }), transactionOptions }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new TunedSqlite({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }), transactionOptions });
}

// SQLite keeps 2 MB of the database's pages in memory by default: less than one queue search
// touches on a large desk (its 500 matching tickets alone span hundreds of pages), so under load
// the same pages were read from the file again and again. The process keeps 64 MB instead.
const SQLITE_CACHE_KIB = 64 * 1024;

/** The better-sqlite3 adapter, with the page cache above set on each connection it opens and its statements kept. */
class TunedSqlite extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeRaw({ sql: `PRAGMA cache_size = -${SQLITE_CACHE_KIB}`, args: [], argTypes: [] });
    keepStatements((adapter as unknown as { client: Database.Database }).client);
    return adapter;
  }
}

// How many distinct statements a connection keeps compiled: a page makes 10 to 30, the whole app
// a few hundred shapes; lists of varying length (IN (?, ?, …)) are the rest, and the oldest go.
const KEPT_STATEMENTS = 500;

/**
 * The adapter compiles every statement anew (`client.prepare(sql).bind(args)`, once per query): about
 * half a millisecond of CPU a page. Here `prepare` returns a statement compiled once per SQL text,
 * whose `bind` hands the arguments to each run instead of fixing them, since better-sqlite3 binds
 * a statement only once. The driver is synchronous: a statement has finished before another use.
 */
function keepStatements(client: Database.Database) {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, Database.Statement>();
  const compiled = (sql: string) => {
    const statement = kept.get(sql) ?? prepare(sql);
    setRecent(kept, sql, statement, KEPT_STATEMENTS);
    return statement;
  };
  // Only what the adapter calls on a statement: `reader`, `run()` (BEGIN) and the bound forms.
  client.prepare = ((sql: string) => {
    const statement = compiled(sql);
    return {
      reader: statement.reader,
      run: () => statement.run(),
      bind: (args: unknown[]) => ({
        reader: statement.reader,
        run: () => statement.run(args),
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(args) }),
      }),
    };
  }) as unknown as typeof client.prepare;
}

const globalForDb = globalThis as unknown as { portico_db?: Db };

/** The one Prisma client of the process, kept across hot reloads in development. */
export const db: Db = globalForDb.portico_db ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.portico_db = db;

/** Whether this process's database is PostgreSQL (else SQLite). */
export const onPostgres = databaseProvider(env.DATABASE_URL) === "postgresql";

/** `text` with LIKE's wildcards (% and _) and its escape character taken literally, for PostgreSQL's LIKE (backslash escapes). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A `contains` filter that ignores case on both databases (SQLite's LIKE already does, for ASCII).
 * Prisma passes % and _ through as wildcards; PostgreSQL's LIKE escapes them with a backslash,
 * SQLite's has no escape character, so there they widen the search (within what the caller scoped).
 */
export function containsText(text: string): { contains: string } {
  return (
    onPostgres ? { contains: escapeLike(text), mode: "insensitive" } : { contains: text }
  ) as { contains: string };
}
