import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";
import type { TicketStatus } from "@/generated/prisma-sqlite/enums";

// Emails to a ticket's requester: the acknowledgement of a ticket they filed, and when support acts
// on it (a public reply, a status change, a ticket opened for them).
// Sent after the change is saved; a delivery problem never undoes or fails the change.

type Notice = { kind: "reply"; body: string } | { kind: "status"; status: TicketStatus } | { kind: "onBehalf" } | { kind: "filed" };

/** `actorId` is who acted, null for Portico itself (a ticket closed automatically). */
export async function notifyRequester(ticketId: number, actorId: string | null, notice: Notice): Promise<void> {
  try {
    const ticket = await db.ticket.findUnique({
      where: { id: ticketId },
      select: { id: true, subject: true, requester: { select: { id: true, name: true, email: true, locale: true, timeZone: true, notifyByEmail: true, portalAccess: true } } },
    });
    const requester = ticket?.requester;
    const actor = actorId ? await db.user.findUnique({ where: { id: actorId }, select: { name: true } }) : null;
    // Their own acts are not news to them, except the acknowledgement of what they filed.
    if (!ticket || !requester || (requester.id === actorId && notice.kind !== "filed") || !requester.notifyByEmail || !requester.portalAccess) return;
    const locale = isLocale(requester.locale) ? requester.locale : DEFAULT_LOCALE;
    // Loaded here, not at the top: the catalogues are JSON modules, and scripts and test runners
    // that import the ticket rules without sending mail need not be able to load them.
    const [{ renderEmail }, { emailLookFor }, { messagesFor }, { createTranslator }] = await Promise.all([
      import("@/lib/email/templates"),
      import("@/lib/email/look"),
      import("@/lib/i18n/messages"),
      import("use-intl/core"),
    ]);
    const { siteName } = await getPortalSettings();
    const look = await emailLookFor(requester);
    const ticketUrl = new URL(`/tickets/${ticket.id}`, env.APP_URL).toString();
    const common = { name: requester.name, siteName, ticketId: ticket.id, subject: ticket.subject, ticketUrl };
    const rendered =
      notice.kind === "reply"
        ? renderEmail("ticketReply", locale, { ...common, agentName: actor?.name ?? "", reply: notice.body }, look)
        : notice.kind === "filed"
          ? renderEmail("ticketFiled", locale, common, look)
          : notice.kind === "onBehalf"
          ? renderEmail("ticketOpenedOnBehalf", locale, { ...common, agentName: actor?.name ?? "" }, look)
          : renderEmail(
              "ticketStatus",
              locale,
              {
                ...common,
                status: createTranslator({ locale, messages: messagesFor(locale), namespace: "tickets" })(`status.${notice.status}`),
              },
              look,
            );
    const kind = { reply: "ticket-reply", status: "ticket-status", onBehalf: "ticket-on-behalf", filed: "ticket-filed" }[notice.kind];
    await sendEmail({ to: requester.email, ...rendered, kind });
  } catch (error) {
    console.error(`notifyRequester(ticket ${ticketId}) failed`, error);
  }
}

/** The requester's own switch for these emails. */
export async function setTicketEmails(viewer: { id: string }, on: boolean): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { notifyByEmail: on } });
}

export async function ticketEmailsOn(viewer: { id: string }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { notifyByEmail: true } });
  return user?.notifyByEmail ?? false;
}
