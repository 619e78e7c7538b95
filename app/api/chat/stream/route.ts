import { getSession } from "@/lib/auth/session";
import { chatOnFor } from "@/lib/chat/access";
import { getConversationState } from "@/lib/chat/queries";
import { resumeSeqSchema } from "@/lib/chat/schema";
import { chatEventStream } from "@/lib/chat/stream";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The chat's live events for one signed-in tab (Server-Sent Events). ?conversation=<id> adds that
 * conversation's messages after ?after=<seq>, or after Last-Event-ID when the browser reconnects.
 * Signed out, chat switched off, or a conversation not the viewer's: the same 404 as an unknown one.
 */
export async function GET(request: Request) {
  const viewer = await getSession();
  if (!viewer || !(await chatOnFor(viewer))) return notFound();
  const url = new URL(request.url);
  const conversationId = url.searchParams.get("conversation");
  if (conversationId !== null && !(await getConversationState(viewer, conversationId))) return notFound();
  const lastEventId = request.headers.get("last-event-id");
  const afterSeq = resumeSeqSchema.parse(lastEventId ?? url.searchParams.get("after") ?? 0);
  return new Response(chatEventStream(viewer, conversationId, afterSeq, request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
