"use client";

// The tab's one chat stream (/api/chat/stream), shared by everything on the page that listens:
// the portal nav's unread count, a list page, an open conversation. With a conversation open the
// stream carries it too; when the conversation's view goes away the stream is opened again
// without it. Each listener gets the events of the stream it joined.

export type TabStreamEvent = "open" | "error" | "message" | "state" | "typing" | "changed" | "end" | "unread";
export type TabStreamHandlers = Partial<Record<TabStreamEvent, (event: MessageEvent<string> | Event, source: EventSource) => void>>;

type Listener = {
  /** A conversation this listener shows; its events come only to the listener(s) of that conversation. */
  conversationId?: string;
  /** The last message sequence it has, where a new stream for the conversation starts. */
  after?: () => number;
  handlers: TabStreamHandlers;
};

const CONVERSATION_EVENTS = new Set<TabStreamEvent>(["message", "state", "typing"]);
const EVENTS: TabStreamEvent[] = ["open", "error", "message", "state", "typing", "changed", "end", "unread"];

const listeners = new Set<Listener>();
let current: { source: EventSource; conversationId: string | undefined } | null = null;
let reconcileQueued = false;

function wantedConversation(): string | undefined {
  // The most recently joined conversation view wins (a tab shows one at a time).
  return [...listeners].reverse().find((l) => l.conversationId)?.conversationId;
}

function open(conversationId: string | undefined) {
  const viewer = [...listeners].reverse().find((l) => l.conversationId === conversationId && l.after);
  const url = conversationId
    ? `/api/chat/stream?conversation=${encodeURIComponent(conversationId)}&after=${viewer?.after?.() ?? 0}`
    : "/api/chat/stream";
  const source = new EventSource(url);
  const opened = { source, conversationId };
  for (const type of EVENTS) {
    const dispatch = (event: Event) => {
      if (current !== opened) return;
      for (const l of [...listeners]) {
        if (CONVERSATION_EVENTS.has(type) && l.conversationId !== conversationId) continue;
        l.handlers[type]?.(event, source);
      }
      if (type === "end") {
        source.close();
        current = null;
      }
    };
    if (type === "open") source.onopen = dispatch;
    else if (type === "error") source.onerror = dispatch;
    else source.addEventListener(type, dispatch);
  }
  current = opened;
}

/** Opens, re-opens or closes the stream to fit the listeners; once per batch of (un)subscriptions. */
function reconcile() {
  reconcileQueued = false;
  if (listeners.size === 0) {
    current?.source.close();
    current = null;
    return;
  }
  const wanted = wantedConversation();
  if (current && current.conversationId === wanted && current.source.readyState !== EventSource.CLOSED) return;
  current?.source.close();
  open(wanted);
}

/** Listens to the tab's stream until the returned function is called. */
export function joinTabStream(listener: Listener): () => void {
  listeners.add(listener);
  // Already live and nothing to change: say so now, as the stream's own "open" has passed.
  if (current && current.conversationId === wantedConversation() && current.source.readyState === EventSource.OPEN) {
    listener.handlers.open?.(new Event("open"), current.source);
  }
  if (!reconcileQueued) {
    reconcileQueued = true;
    queueMicrotask(reconcile);
  }
  return () => {
    listeners.delete(listener);
    if (!reconcileQueued) {
      reconcileQueued = true;
      queueMicrotask(reconcile);
    }
  };
}
