import { getSession } from "@/lib/auth/session";
import { subscribe, type RealtimeEvent } from "@/lib/realtime";
import { authorizeTopics, sessionStillValid } from "@/lib/realtime/topics";
import { leaveTicket, markViewing } from "@/lib/tickets/presence";

// Server-sent events for the screens that refresh themselves: ?topics=queue,ticket:12. Each event
// carries ids only; the page re-reads through its own authorized queries (router.refresh()).
// The session is checked again every heartbeat, so signing out ends the stream.
// A stream on "presence:<ticketId>" is the agent's presence on that ticket: viewing while it is
// open (refreshed at each heartbeat), left when it closes.

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

export async function GET(request: Request) {
  const viewer = await getSession();
  if (!viewer) return new Response("Not signed in", { status: 401 });
  const requested = new URL(request.url).searchParams.get("topics")?.split(",") ?? [];
  const topics = await authorizeTopics(viewer, requested);
  if (!topics) return new Response("Not found", { status: 404 });

  const viewed = topics.filter((topic) => topic.startsWith("presence:")).map((topic) => Number(topic.slice("presence:".length)));
  const presence = (mark: typeof markViewing) =>
    Promise.all(viewed.map((id) => mark(viewer, id))).catch((error: unknown) => console.error("events: presence not recorded", error));
  await presence(markViewing);

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const onEvent = (topic: string) => (event: RealtimeEvent) => send(`event: message\ndata: ${JSON.stringify({ topic, ...event })}\n\n`);
      const unsubscribes = topics.map((topic) => subscribe(topic, onEvent(topic)));
      const heartbeat = setInterval(() => {
        void presence(markViewing);
        sessionStillValid(viewer.sessionId)
          .then((valid) => (valid ? send(": heartbeat\n\n") : cleanup()))
          .catch(() => send(": heartbeat\n\n"));
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        for (const unsubscribe of unsubscribes) unsubscribe();
        void presence(leaveTicket);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
      send(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ topics })}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
