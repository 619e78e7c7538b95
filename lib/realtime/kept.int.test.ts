import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publish } from "./index";
import { announceChange, keptUntilChanged } from "./kept";

const onPostgres = process.env.DATABASE_URL?.startsWith("postgres");

/** A kept counter on a topic of its own: each read returns the number of reads so far. */
function counter() {
  const topic = `kept-test:${randomUUID()}`;
  let reads = 0;
  return { topic, kept: keptUntilChanged(topic, async () => ++reads), reads: () => reads };
}

describe("a value kept until it changes", () => {
  // On SQLite any commit by another connection (the other test files') also drops it, so "read
  // once" is checked where only an event does: PostgreSQL.
  it.runIf(onPostgres)("is read once while nothing changes, and requests that miss together share that read", async () => {
    const { kept, reads } = counter();
    expect(await Promise.all([kept.get(), kept.get()])).toEqual([1, 1]);
    expect(await kept.get()).toBe(1);
    expect(reads()).toBe(1);
  });

  it("is read again at once after a change announced in this process", async () => {
    const { topic, kept } = counter();
    const before = await kept.get();
    await announceChange(topic, { type: "test.changed" });
    expect(await kept.get()).toBeGreaterThan(before);
  });

  it("is read again after another instance announces a change on its topic", async () => {
    const { topic, kept } = counter();
    const before = await kept.get();
    // What another instance sends (on PostgreSQL a NOTIFY, which comes back to this process's listener).
    await publish(topic, { type: "test.changed" });
    await expect.poll(() => kept.get(), { timeout: 5_000 }).toBeGreaterThan(before);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const kept = keptUntilChanged(`kept-test:${randomUUID()}`, async () => {
      if (fail) throw new Error("database down");
      return "ok";
    });
    await expect(kept.get()).rejects.toThrow("database down");
    fail = false;
    expect(await kept.get()).toBe("ok");
  });
});
