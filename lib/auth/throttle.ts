import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db, onPostgres } from "@/lib/db";
import { env } from "@/lib/env";
import { UNKNOWN_IP } from "./client-ip";

export { clientIpOf, UNKNOWN_IP } from "./client-ip";

// ASVS 5 V6.3.1 allows at most 100 failures an hour per account: we allow 10 per 15 minutes per
// account and address (40/h) and 50 per 15 minutes per address. The account lock is kept per
// address, so failures from one place cannot lock the owner out everywhere (ASVS 6.3.1 soft lockout).
export const SIGN_IN_LIMITS = {
  account: { points: 10, duration: 15 * 60 },
  ip: { points: 50, duration: 15 * 60 },
} as const;

// "Forgot password" sends mail to whoever an address names: 3 links an hour per address, 20 per IP.
export const RESET_REQUEST_LIMITS = {
  account: { points: 3, duration: 60 * 60 },
  ip: { points: 20, duration: 60 * 60 },
} as const;

type Limiter = RateLimiterAbstract & { points: number };
type Limiters = {
  account: Limiter;
  ip: Limiter;
  resetAccount: Limiter;
  resetIp: Limiter;
  /**
   * Per account, how many times the owner proved control of it (a password reset or one set by the
   * help desk): part of the lock's key, so a bump forgets the failures from every address. A counter
   * in the same store as the failures, so the bump reaches every instance.
   */
  generations: Limiter;
};
type LimiterOptions = { keyPrefix: string; points: number; duration: number };

// Where the counters live: in this process on SQLite (one instance); on PostgreSQL in the
// RateLimit table, so every instance counts the same failures. Should the database not answer,
// a counter in memory stands in rather than letting every attempt through.
function limiterFactory(): (options: LimiterOptions) => Limiter {
  if (!onPostgres) return (options) => new RateLimiterMemory(options);
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3, application_name: "portico-throttle" });
  return (options) =>
    new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      tableName: "RateLimit",
      tableCreated: true, // by migration 0009_rate_limits
      clearExpiredByTimeout: false,
      insuranceLimiter: new RateLimiterMemory(options),
    }) as unknown as Limiter;
}

function createLimiters(): Limiters {
  const limiter = (globalForThrottle.portico_limiterFactory ??= limiterFactory());
  return {
    account: limiter({ keyPrefix: "sign-in:account", ...SIGN_IN_LIMITS.account }),
    ip: limiter({ keyPrefix: "sign-in:ip", ...SIGN_IN_LIMITS.ip }),
    resetAccount: limiter({ keyPrefix: "reset:account", ...RESET_REQUEST_LIMITS.account }),
    resetIp: limiter({ keyPrefix: "reset:ip", ...RESET_REQUEST_LIMITS.ip }),
    // A day outlasts every lock window, so an expired generation can only bring back keys whose
    // counts have long expired too.
    generations: limiter({ keyPrefix: "sign-in:generation", points: Number.MAX_SAFE_INTEGER, duration: 24 * 60 * 60 }),
  };
}

// One set of counters per process, even when the bundler gives several routes their own copy of this module.
const globalForThrottle = globalThis as unknown as { portico_signInThrottle?: Limiters; portico_limiterFactory?: (options: LimiterOptions) => Limiter };

function limiters(): Limiters {
  return (globalForThrottle.portico_signInThrottle ??= createLimiters());
}

/** Forgets every counter; for tests. */
export async function resetSignInThrottle() {
  globalForThrottle.portico_signInThrottle = createLimiters();
  // Only sign-in's own counters: the table also holds other limiters' (lib/rate-limit).
  if (onPostgres) await db.rateLimit.deleteMany({ where: { OR: ["sign-in:", "reset:"].map((prefix) => ({ key: { startsWith: prefix } })) } });
}

/** Drops the counters whose window ended (the daily "auth.clear-expired-counters" job). */
export async function clearExpiredCounters(now = Date.now()) {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now) } } });
  return count;
}

export type SignInAttempt = { email: string; ip?: string | null };

const accountKey = (email: string) => email.trim().toLowerCase();
// The account lock counts per account and address, within the account's current generation.
async function accountAtSourceKey(attempt: SignInAttempt) {
  const account = accountKey(attempt.email);
  const generation = (await limiters().generations.get(account))?.consumedPoints ?? 0;
  return `${account}|${generation}|${attempt.ip || UNKNOWN_IP}`;
}

// A missing address is not one client: a shared "unknown" bucket would let anyone lock everybody out.
const ipKey = (ip: string | null | undefined) => (ip && ip !== UNKNOWN_IP ? ip : null);

/** Whether a sign-in may be tried now, before the password is checked at all. */
export async function checkSignInAllowed(
  attempt: SignInAttempt,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const { account, ip } = limiters();
  const address = ipKey(attempt.ip);
  const states = [
    { limiter: account, res: await account.get(await accountAtSourceKey(attempt)) },
    ...(address ? [{ limiter: ip, res: await ip.get(address) }] : []),
  ];
  const waits = states
    .filter(({ limiter, res }) => res && res.consumedPoints >= limiter.points)
    .map(({ res }) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 0) / 1000)));
  return waits.length ? { allowed: false, retryAfterSeconds: Math.max(...waits) } : { allowed: true };
}

/** Counts a failed sign-in against the account (known or not) and the client address. */
export async function recordSignInFailure(attempt: SignInAttempt) {
  const { account, ip } = limiters();
  await account.penalty(await accountAtSourceKey(attempt));
  const address = ipKey(attempt.ip);
  if (address) await ip.penalty(address);
}

/**
 * A successful sign-in clears the account's failures from that address; the address keeps its
 * count. Without an address (a password reset, a new password from the help desk) the account's
 * failures from every address are forgotten.
 */
export async function recordSignInSuccess(attempt: SignInAttempt) {
  if (attempt.ip) {
    await limiters().account.delete(await accountAtSourceKey(attempt));
    return;
  }
  await limiters().generations.penalty(accountKey(attempt.email));
}

/** Counts a "forgot password" request; false once the address or the IP asked too often. */
export async function consumeResetRequest(attempt: SignInAttempt): Promise<boolean> {
  const { resetAccount, resetIp } = limiters();
  const ip = ipKey(attempt.ip);
  try {
    await resetAccount.consume(accountKey(attempt.email));
    if (ip) await resetIp.consume(ip);
    return true;
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return false;
  }
}
