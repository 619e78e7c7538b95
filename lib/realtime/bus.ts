// The fan-out every backend shares: listeners by topic, in this process. Tests import it directly.

export type RealtimeEvent = { type: string } & Record<string, string | number | boolean | null>;
export type Listener = (event: RealtimeEvent) => void;

export const RECONNECTED: RealtimeEvent = { type: "realtime.reconnected" };

export class TopicBus {
  private readonly topics = new Map<string, Set<Listener>>();

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.topics.get(topic) === set) this.topics.delete(topic);
    };
  }

  emit(topic: string, event: RealtimeEvent) {
    for (const listener of [...(this.topics.get(topic) ?? [])]) call(listener, event);
  }

  /** To every listener of every topic (after a reconnect: they re-read from the database). */
  emitAll(event: RealtimeEvent) {
    for (const set of [...this.topics.values()]) for (const listener of [...set]) call(listener, event);
  }

  get size() {
    let n = 0;
    for (const set of this.topics.values()) n += set.size;
    return n;
  }
}

// One listener's fault must not keep the event from the others.
function call(listener: Listener, event: RealtimeEvent) {
  try {
    listener(event);
  } catch (error) {
    console.error("realtime: a listener failed", error);
  }
}

/** Only ids and flags travel: a string longer than an id or a slug is refused. */
export function checkEvent(event: RealtimeEvent): RealtimeEvent {
  if (typeof event.type !== "string" || !event.type) throw new Error("realtime: an event needs a type");
  for (const [key, value] of Object.entries(event)) {
    if (value !== null && !["string", "number", "boolean"].includes(typeof value)) throw new Error(`realtime: ${key} must be a string, number, boolean or null`);
    if (typeof value === "string" && value.length > 200) throw new Error(`realtime: ${key} is too long for an id; events carry ids, never content`);
  }
  return event;
}
