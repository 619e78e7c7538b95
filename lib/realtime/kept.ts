import "server-only";
import { cache } from "react";
import { db, onPostgres } from "@/lib/db";
import { publish, subscribe } from "./index";
import type { RealtimeEvent } from "./bus";

// A small read that many pages make and that rarely changes (the portal settings, the lists of
// agents, categories and organizations), kept in memory per process and read again only once it
// changed: at once in this process (the writing service calls `drop`), in other instances through
// an event on its topic. Any event on the topic drops it, "realtime.reconnected" included (after a
// lost connection, changes may have been missed). On SQLite, a write by another process (the CLI,
// the browser tests' fixtures) is seen through PRAGMA data_version, which moves only when another
// connection committed: a read of a counter, not of the rows.
// The kept value is the read that fetched it, so requests that miss at the same moment share one
// read; a failed read is not kept, nor one that a `drop` overtook (the change may not be in it).

export type Kept<T> = { get: () => Promise<T>; drop: () => void };

// Every kept value of this process by topic, on globalThis: each route bundle evaluates this
// module and the modules that keep values, and a change saved through one bundle's server action
// must drop what every bundle keeps before the action's response is drawn.
const shared = globalThis as unknown as { portico_kept?: Map<string, Set<() => void>> };
const droppers = (shared.portico_kept ??= new Map());

export function keptUntilChanged<T>(topic: string, read: () => Promise<T>): Kept<T> {
  let kept: { value: Promise<T>; stamp: number | null } | null = null;
  let listening = false;
  const drop = () => {
    kept = null;
  };
  async function get(): Promise<T> {
    if (!listening) {
      listening = true;
      if (!droppers.has(topic)) droppers.set(topic, new Set());
      droppers.get(topic)!.add(drop);
      subscribe(topic, drop);
    }
    const stamp = await changeStamp();
    if (kept && kept.stamp === stamp) return kept.value;
    const entry = { value: read(), stamp };
    kept = entry;
    entry.value.catch(() => {
      if (kept === entry) kept = null;
    });
    return entry.value;
  }
  return { get, drop };
}

// Read once per request (React's cache; outside a request each call reads), however many kept
// values the request asks for.
const changeStamp = cache(async (): Promise<number | null> => {
  if (onPostgres) return null;
  const [row] = await db.$queryRawUnsafe<{ data_version: number | bigint }[]>("PRAGMA data_version");
  return Number(row.data_version);
});

/**
 * For a service whose write, now committed, changes what is kept under `topic`: drops it in this
 * process at once and announces `event` on the topic, which drops it in every other instance.
 * Resolves once the event is sent (a command-line process may exit next); never rejects, since the
 * write has committed already: a lost event leaves another instance's copy stale until its next
 * change event or restart, which is logged.
 */
export async function announceChange(topic: string, event: RealtimeEvent): Promise<void> {
  for (const drop of droppers.get(topic) ?? []) drop();
  await publish(topic, event).catch((error: unknown) => console.error(`realtime: publishing to ${topic} failed`, error));
}
