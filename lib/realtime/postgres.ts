import pg from "pg";
import { RECONNECTED, TopicBus, type Listener, type RealtimeEvent } from "./bus";

// Fan-out across instances with PostgreSQL LISTEN/NOTIFY: each process keeps one dedicated
// connection listening on one channel (opened at the first subscribe); a publish is a NOTIFY,
// which PostgreSQL delivers to every listening process, this one included, after the
// publisher's transaction commits. A dropped listening connection is re-opened with a growing
// delay, and then every listener gets { type: "realtime.reconnected" } to re-read what it shows.

export const CHANNEL = "portico_events";
// A NOTIFY payload is at most 8,000 bytes: events beyond that go in a further NOTIFY.
const PAYLOAD_BYTES = 7_500;

// A payload is a list of events; a single one is what an instance of the previous version sends
// (during a rolling update).
type Notified = { topic: string; event: RealtimeEvent };

/** The events as few payloads as fit, in order. */
export function notifyPayloads(events: [topic: string, event: RealtimeEvent][]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let bytes = 2;
  for (const [topic, event] of events) {
    const one = JSON.stringify({ topic, event });
    const size = Buffer.byteLength(one) + 1;
    if (batch.length > 0 && bytes + size > PAYLOAD_BYTES) {
      payloads.push(`[${batch.join(",")}]`);
      batch = [];
      bytes = 2;
    }
    batch.push(one);
    bytes += size;
  }
  if (batch.length > 0) payloads.push(`[${batch.join(",")}]`);
  return payloads;
}
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;

export type PgRealtime = {
  publish(topic: string, event: RealtimeEvent): Promise<void>;
  /** Several events in one NOTIFY (one statement), delivered in this order. */
  publishAll(events: [topic: string, event: RealtimeEvent][]): Promise<void>;
  subscribe(topic: string, listener: Listener): () => void;
  /** Resolves once the listening connection is up (tests, start-up). */
  ready(): Promise<void>;
  /** The server process id of the listening connection, or null while it is down (tests). */
  listenerPid(): number | null;
  close(): Promise<void>;
};

export function createPgRealtime(url: string, options: { notify?: (payload: string) => Promise<void> } = {}): PgRealtime {
  const bus = new TopicBus();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let everConnected = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let publisher: pg.Pool | null = null;

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const payload = JSON.parse(message.payload) as Notified | Notified[];
      for (const { topic, event } of Array.isArray(payload) ? payload : [payload]) bus.emit(topic, event);
    } catch (error) {
      console.error("realtime: unreadable notification", error);
    }
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const wait = retryMs;
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, wait);
    retryTimer.unref();
  };

  const connect = (): Promise<void> => {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, application_name: "portico-realtime" });
      let dropped = false;
      const drop = (error?: Error) => {
        if (dropped) return;
        dropped = true;
        if (error && !closed) console.error("realtime: listening connection lost:", error.message);
        if (client === next) client = null;
        next.removeAllListeners("notification");
        void next.end().catch(() => undefined);
        scheduleReconnect();
      };
      next.on("error", drop);
      next.on("end", () => drop());
      try {
        await next.connect();
        // Listening alone must not keep a process alive (the seed and the CLI read settings too).
        (next as unknown as { connection: { stream: { unref?: () => void } } }).connection.stream.unref?.();
        next.on("notification", onNotification);
        await next.query(`LISTEN ${CHANNEL}`);
      } catch (error) {
        drop(error as Error);
        return;
      }
      if (closed) {
        await next.end().catch(() => undefined);
        return;
      }
      client = next;
      retryMs = FIRST_RETRY_MS;
      if (everConnected) bus.emitAll(RECONNECTED);
      everConnected = true;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  const notify =
    options.notify ??
    (async (payload: string) => {
      publisher ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true, application_name: "portico-realtime-publish" });
      await publisher.query("select pg_notify($1, $2)", [CHANNEL, payload]);
    });

  const publishAll = async (events: [topic: string, event: RealtimeEvent][]) => {
    for (const payload of notifyPayloads(events)) await notify(payload);
  };

  return {
    publish: (topic, event) => publishAll([[topic, event]]),
    publishAll,
    subscribe(topic, listener) {
      if (!client && !connecting && !retryTimer && !closed) void connect();
      return bus.subscribe(topic, listener);
    },
    async ready() {
      while (!client && !closed) {
        if (!connecting && !retryTimer) void connect();
        await (connecting ?? new Promise((resolve) => setTimeout(resolve, 50)));
      }
    },
    listenerPid() {
      return (client as unknown as { processID?: number } | null)?.processID ?? null;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await connecting;
      await client?.end().catch(() => undefined);
      client = null;
      await publisher?.end();
    },
  };
}
