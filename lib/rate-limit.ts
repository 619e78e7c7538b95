import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import { db, POSTGRES_IDLE_TIMEOUT_MS, type Db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-url";
import { env } from "@/lib/env";

// Counters every instance shares, in the RateLimit table (migration 0009_rate_limits): on
// PostgreSQL through rate-limiter-flexible's own store, as sign-in throttling does; on SQLite
// through the app's Prisma client, whose queue keeps a counter update from blocking the event loop
// while another request's transaction holds the file (a second better-sqlite3 connection would).
// Should the database not answer, a counter in memory stands in rather than letting everything through.

export type RateLimitOptions = { keyPrefix: string; points: number; duration: number };
export type SharedLimiter = RateLimiterAbstract & { points: number };

/** Where the counters are kept: a PostgreSQL pool, or a Prisma client on a SQLite file. */
export type RateLimitStore = { kind: "postgresql"; pool: pg.Pool } | { kind: "sqlite"; db: Db };

// rate-limiter-flexible declares its store base class but does not export it; RateLimiterPostgres extends it.
const StoreAbstract = Object.getPrototypeOf(RateLimiterPostgres) as typeof RateLimiterStoreAbstract;

type Row = { points: number | bigint; expire: number | bigint | null };

/** The RateLimit table on SQLite, with the same upsert RateLimiterSQLite runs, through Prisma. */
class RateLimiterSqliteTable extends StoreAbstract {
  constructor(private readonly prisma: Db, options: RateLimitOptions & { insuranceLimiter: RateLimiterAbstract }) {
    super({ ...options, storeClient: prisma });
  }

  async _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const rows: Row[] = forceExpire
      ? await this.prisma.$queryRaw`INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${rlKey}, ${points}, ${expire})
          ON CONFLICT ("key") DO UPDATE SET "points" = excluded."points", "expire" = excluded."expire" RETURNING "points", "expire"`
      : await this.prisma.$queryRaw`INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${rlKey}, ${points}, ${expire})
          ON CONFLICT ("key") DO UPDATE SET
            "points" = CASE WHEN "RateLimit"."expire" IS NULL OR "RateLimit"."expire" > ${now} THEN "RateLimit"."points" + excluded."points" ELSE excluded."points" END,
            "expire" = CASE WHEN "RateLimit"."expire" IS NULL OR "RateLimit"."expire" > ${now} THEN "RateLimit"."expire" ELSE excluded."expire" END
          RETURNING "points", "expire"`;
    return rows[0];
  }

  async _get(rlKey: string): Promise<Row | null> {
    const rows: Row[] = await this.prisma.$queryRaw`SELECT "points", "expire" FROM "RateLimit" WHERE "key" = ${rlKey} AND ("expire" > ${Date.now()} OR "expire" IS NULL)`;
    return rows[0] ?? null;
  }

  async _delete(rlKey: string): Promise<boolean> {
    return (await this.prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${rlKey}`) > 0;
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, row: Row) {
    const points = Number(row.points);
    const first = changedPoints === points;
    const consumed = first ? changedPoints : points;
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, first);
  }
}

/** A new set of connections to the database at `url`, as another instance of the app would hold. */
export function openRateLimitStore(url: string = env.DATABASE_URL, prisma?: Db): RateLimitStore {
  if (databaseProvider(url) === "postgresql") {
    return { kind: "postgresql", pool: new pg.Pool({ connectionString: url, max: 3, idleTimeoutMillis: POSTGRES_IDLE_TIMEOUT_MS, application_name: "portico-rate-limit" }) };
  }
  return { kind: "sqlite", db: prisma ?? db };
}

// One store per process, even when the bundler gives several routes their own copy of this module.
const globalForRateLimit = globalThis as unknown as { portico_rateLimitStore?: RateLimitStore };

/** A limiter whose counters all instances of the app share (see above). */
export function sharedLimiter(options: RateLimitOptions, store: RateLimitStore = (globalForRateLimit.portico_rateLimitStore ??= openRateLimitStore())): SharedLimiter {
  const insuranceLimiter = new RateLimiterMemory(options);
  if (store.kind === "sqlite") return new RateLimiterSqliteTable(store.db, { ...options, insuranceLimiter }) as unknown as SharedLimiter;
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    tableName: "RateLimit",
    tableCreated: true,
    clearExpiredByTimeout: false,
    insuranceLimiter,
  }) as unknown as SharedLimiter;
}

/** Forgets every counter under `keyPrefix`; for tests. */
export async function clearSharedCounters(keyPrefix: string) {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: `${keyPrefix}:` } } });
}

/** Counts one use of `key`; false once it has used up its points for now. */
export async function consumePoint(limiter: SharedLimiter, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return false;
  }
}
