import "server-only";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { subscribe, type RealtimeEvent } from "@/lib/realtime";
import { streamStillAllowed } from "./access";
import { conversationStateInStream, messagesAfter, unreadConversationCount } from "./queries";
import { touchAgent } from "./service";

/** Comment lines keep proxies from closing an idle stream; each one also re-checks the viewer's rights. */
export const HEARTBEAT_MS = 15_000;
/** An agent's console stream says it is still there this often (lib/chat/schema AGENT_SEEN_WITHIN_MS is 90 s). */
const TOUCH_EVERY_MS = 45_000;

type StreamViewer = Pick<Viewer, "id" | "role" | "sessionId">;

const encoder = new TextEncoder();

/**
 * One tab's Server-Sent Events. With a conversation: its messages after `afterSeq`, each with its
 * sequence as the event id (the browser sends it back as Last-Event-ID when it reconnects, so
 * nothing is missed and nothing sent twice), its state, and "typing…". Always: "changed" when the
 * viewer's lists may have changed (their conversations; for staff, any conversation).
 * For a portal user also "unread": how many of their conversations have an answer they have not
 * read (the nav's count), on connect and whenever their conversations change.
 * Events from lib/realtime carry ids only: the rows are read here through the viewer's queries.
 */
export function chatEventStream(viewer: StreamViewer, conversationId: string | null, afterSeq: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  let lastSeq = afterSeq;
  let closed = false;
  const cleanups: (() => void)[] = [];
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const send = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const close = () => {
    if (closed) return;
    closed = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  const end = () => {
    send("event: end\ndata: {}\n\n");
    close();
  };

  // Reads run one at a time; an event arriving meanwhile asks for one more pass.
  let reading: Promise<void> | null = null;
  let again = false;
  // Whether the next pass also sends the conversation's state (not needed for a plain new message).
  let stateWanted = true;
  const catchUp = (withState = true) => {
    if (!conversationId || closed) return;
    stateWanted ||= withState;
    if (reading) {
      again = true;
      return;
    }
    reading = (async () => {
      do {
        again = false;
        const withState = stateWanted;
        stateWanted = false;
        const [messages, state] = await Promise.all([
          messagesAfter(viewer, conversationId, lastSeq),
          withState ? conversationStateInStream(viewer, conversationId) : Promise.resolve(undefined),
        ]);
        if (state === null) return end();
        for (const message of messages) {
          if (message.seq <= lastSeq) continue;
          lastSeq = message.seq;
          send(`id: ${message.seq}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
        }
        if (state) send(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
      } while (again && !closed);
    })()
      .catch((error) => console.error("chat stream: read failed", error))
      .finally(() => {
        reading = null;
      });
  };

  // The same one-at-a-time reading for the unread count; only a changed count is sent.
  let counting: Promise<void> | null = null;
  let countAgain = false;
  let lastUnread: number | null = null;
  const countUnread = () => {
    if (isStaff(viewer) || closed) return;
    if (counting) {
      countAgain = true;
      return;
    }
    counting = (async () => {
      do {
        countAgain = false;
        const unread = await unreadConversationCount(viewer);
        if (unread !== lastUnread) {
          lastUnread = unread;
          send(`event: unread\ndata: ${JSON.stringify({ count: unread })}\n\n`);
        }
      } while (countAgain && !closed);
    })()
      .catch((error) => console.error("chat stream: unread count failed", error))
      .finally(() => {
        counting = null;
      });
  };

  const onConversationEvent = (event: RealtimeEvent) => {
    if (event.type === "chat.typing") {
      send(`event: typing\ndata: ${JSON.stringify({ fromSupport: event.fromSupport === true })}\n\n`);
      return;
    }
    // A new message (seq > 0) needs only the messages; anything else changed the conversation's state.
    catchUp(!(event.type === "chat.message" && typeof event.seq === "number" && event.seq > 0));
  };
  const onListEvent = (event: RealtimeEvent) => {
    if (event.type === "realtime.reconnected") catchUp();
    countUnread();
    send(`event: changed\ndata: ${JSON.stringify({ type: event.type })}\n\n`);
  };

  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      send("retry: 2000\n\n");
      if (conversationId) cleanups.push(subscribe(`chat:${conversationId}`, onConversationEvent));
      cleanups.push(subscribe(`user:${viewer.id}`, onListEvent));
      if (isStaff(viewer)) cleanups.push(subscribe("chat:agents", onListEvent));
      if (isStaff(viewer)) void touchAgent(viewer).catch(() => undefined);
      let touchedAt = Date.now();
      const beat = () => {
        send(": ping\n\n");
        void streamStillAllowed(viewer, conversationId)
          .then((allowed) => {
            if (!allowed) end();
            else if (isStaff(viewer) && Date.now() - touchedAt >= TOUCH_EVERY_MS) {
              touchedAt = Date.now();
              return touchAgent(viewer);
            }
          })
          .catch((error) => console.error("chat stream: re-check failed", error));
      };
      // Each stream's beat starts at a random point of the period: streams opened together (every
      // tab reconnecting after a restart) would otherwise all re-check the database at one moment,
      // hundreds of queries at once, and hold up every request behind them.
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      const firstBeat = setTimeout(() => {
        beat();
        heartbeat = setInterval(beat, HEARTBEAT_MS);
      }, Math.floor(Math.random() * HEARTBEAT_MS));
      cleanups.push(() => {
        clearTimeout(firstBeat);
        clearInterval(heartbeat);
      });
      const onAbort = () => close();
      signal.addEventListener("abort", onAbort);
      cleanups.push(() => signal.removeEventListener("abort", onAbort));
      // Whatever was written between the page's render (or the dropped connection) and now.
      catchUp();
      countUnread();
    },
    cancel() {
      close();
    },
  });
}
