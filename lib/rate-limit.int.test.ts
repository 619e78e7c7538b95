import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { consumePoint, openRateLimitStore, sharedLimiter, type RateLimitStore } from "./rate-limit";

// Two instances of the app, each with its own connections and its own limiter object, count
// against one limit: on PostgreSQL two pools, on SQLite two Prisma clients on one file.
const stores: RateLimitStore[] = [];
function anotherInstance(): RateLimitStore {
  const store = env.DATABASE_URL.startsWith("file:") ? openRateLimitStore(env.DATABASE_URL, createDb(env.DATABASE_URL)) : openRateLimitStore(env.DATABASE_URL);
  stores.push(store);
  return store;
}
afterAll(async () => {
  for (const store of stores) await (store.kind === "postgresql" ? store.pool.end() : store.db.$disconnect());
});

const LIMIT = { points: 5, duration: 60 };

describe("a limiter shared by instances", () => {
  it("sums what two instances count, and refuses on both once the limit is used up", async () => {
    const keyPrefix = `test-${randomUUID()}`;
    const onA = sharedLimiter({ keyPrefix, ...LIMIT }, anotherInstance());
    const onB = sharedLimiter({ keyPrefix, ...LIMIT }, anotherInstance());
    const allowed = [];
    for (let i = 0; i < LIMIT.points; i++) allowed.push(await consumePoint(i % 2 ? onB : onA, "person"));
    expect(allowed).toEqual([true, true, true, true, true]);
    expect(await consumePoint(onA, "person")).toBe(false);
    expect(await consumePoint(onB, "person")).toBe(false);
    // Someone else's counter is their own.
    expect(await consumePoint(onB, "someone else")).toBe(true);
    const row = await db.rateLimit.findUnique({ where: { key: `${keyPrefix}:person` } });
    expect(Number(row?.points)).toBe(LIMIT.points + 2);
  });

  it("starts counting again once the window has passed", async () => {
    const keyPrefix = `test-${randomUUID()}`;
    const onA = sharedLimiter({ keyPrefix, points: 1, duration: 60 }, anotherInstance());
    const onB = sharedLimiter({ keyPrefix, points: 1, duration: 60 }, anotherInstance());
    expect(await consumePoint(onA, "person")).toBe(true);
    expect(await consumePoint(onB, "person")).toBe(false);
    await db.rateLimit.update({ where: { key: `${keyPrefix}:person` }, data: { expire: BigInt(Date.now() - 1) } });
    expect(await consumePoint(onB, "person")).toBe(true);
    expect(await consumePoint(onA, "person")).toBe(false);
  });

  it("the process's own limiter counts in the same table", async () => {
    const keyPrefix = `test-${randomUUID()}`;
    const here = sharedLimiter({ keyPrefix, ...LIMIT });
    const elsewhere = sharedLimiter({ keyPrefix, ...LIMIT }, anotherInstance());
    for (let i = 0; i < LIMIT.points; i++) expect(await consumePoint(here, "person")).toBe(true);
    expect(await consumePoint(elsewhere, "person")).toBe(false);
  });
});
