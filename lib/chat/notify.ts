import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";

/**
 * Emails the requester the support answers they have not read, checked now (when the delay has
 * passed), not when the answer was written: read in the meantime, nothing is sent. Each answer is
 * emailed once at most (emailedSeq), so a job delivered twice sends one email.
 */
export async function emailUnreadAnswer(conversationId: string): Promise<"sent" | "read" | "skipped"> {
  const conversation = await db.chatConversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true, lastAgentSeq: true, emailedSeq: true, requesterId: true,
      requester: { select: { name: true, email: true, locale: true, timeZone: true, notifyByEmail: true, portalAccess: true, portalOptions: { select: { showChat: true } } } },
      readMarkers: { select: { userId: true, seq: true } },
    },
  });
  if (!conversation) return "skipped";
  const readSeq = conversation.readMarkers.find((m) => m.userId === conversation.requesterId)?.seq ?? 0;
  const since = Math.max(readSeq, conversation.emailedSeq);
  if (conversation.lastAgentSeq <= readSeq) return "read";
  if (conversation.lastAgentSeq <= since) return "skipped";
  const { requester } = conversation;
  const settings = await getPortalSettings();
  if (!requester.notifyByEmail || !requester.portalAccess || !settings.chatEnabled || requester.portalOptions?.showChat === false) return "skipped";
  // Claimed before sending: a second run of the same job finds nothing left to send.
  const claim = await db.chatConversation.updateMany({
    where: { id: conversation.id, emailedSeq: conversation.emailedSeq },
    data: { emailedSeq: conversation.lastAgentSeq },
  });
  if (claim.count === 0) return "skipped";
  const unread = await db.chatMessage.findMany({
    where: { conversationId: conversation.id, kind: "PUBLIC", seq: { gt: since, lte: conversation.lastAgentSeq }, author: { role: { not: "CUSTOMER" } } },
    orderBy: { seq: "asc" },
    take: 20,
    select: { body: true, author: { select: { name: true } } },
  });
  const locale = isLocale(requester.locale) ? requester.locale : DEFAULT_LOCALE;
  // Loaded here: the catalogues are JSON modules that scripts importing the chat rules need not load.
  const [{ renderEmail }, { emailLookFor }] = await Promise.all([import("@/lib/email/templates"), import("@/lib/email/look")]);
  const rendered = renderEmail("chatUnread", locale, {
    name: requester.name,
    siteName: settings.siteName,
    agentName: unread.at(-1)?.author?.name ?? settings.siteName,
    messages: unread.map((m) => m.body).join("\n\n"),
    chatUrl: new URL(`/chat/${conversation.id}`, env.APP_URL).toString(),
  }, await emailLookFor(requester));
  await sendEmail({ to: requester.email, ...rendered, kind: "chat-unread" });
  return "sent";
}
