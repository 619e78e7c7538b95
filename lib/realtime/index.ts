import "server-only";
import { db, onPostgres } from "@/lib/db";
import { env } from "@/lib/env";
import { checkEvent, TopicBus, type Listener, type RealtimeEvent } from "./bus";
import { CHANNEL, createPgRealtime, type PgRealtime } from "./postgres";

// Live events: publish(topic, event) after a transaction commits; subscribe(topic, listener).
// In-process by default (SQLite, one instance); PostgreSQL LISTEN/NOTIFY across instances.
// Events carry ids, never content: a subscriber re-reads through its own authorized queries.
// Topics: "ticket:<id>", "queue", "settings", "ticket-choices", "user:<userId>", "notifications:<userId>",
//         "presence:<ticketId>", "chat:<conversationId>", "chat:agents".

export type { RealtimeEvent } from "./bus";

// On globalThis: the route bundles and instrumentation.ts each evaluate this module, and all of
// them must share one fan-out (and one listening connection) per process.
const shared = globalThis as unknown as { portico_realtime?: { local: TopicBus } | { pg: PgRealtime } };

function backend() {
  if (!shared.portico_realtime) {
    shared.portico_realtime =
      onPostgres
        ? // NOTIFY through the app's own pool: no extra connection for publishing.
          { pg: createPgRealtime(env.DATABASE_URL, { notify: async (payload) => void (await db.$executeRaw`select pg_notify(${CHANNEL}, ${payload})`) }) }
        : { local: new TopicBus() };
  }
  return shared.portico_realtime;
}

/** Tells every subscriber of `topic`, in every instance. Call it after the transaction has committed. */
export async function publish(topic: string, event: RealtimeEvent): Promise<void> {
  await publishAll([[topic, event]]);
}

/** Several events at once, in this order: on PostgreSQL one NOTIFY, one statement, for all of them. */
export async function publishAll(events: [topic: string, event: RealtimeEvent][]): Promise<void> {
  for (const [, event] of events) checkEvent(event);
  const b = backend();
  if ("local" in b) for (const [topic, event] of events) b.local.emit(topic, event);
  else await b.pg.publishAll(events);
}

/** Listens to `topic` until the returned function is called. */
export function subscribe(topic: string, listener: Listener): () => void {
  const b = backend();
  return "local" in b ? b.local.subscribe(topic, listener) : b.pg.subscribe(topic, listener);
}

/**
 * publish() that never throws: for services, whose write has already committed when they
 * announce it; a lost event only delays a screen's refresh.
 */
export function announce(topic: string, event: RealtimeEvent): void {
  publish(topic, event).catch((error: unknown) => console.error(`realtime: publishing to ${topic} failed`, error));
}

/** Resolves once this process can receive events (the listening connection is up on PostgreSQL). */
export async function realtimeReady(): Promise<void> {
  const b = backend();
  if ("pg" in b) await b.pg.ready();
}
