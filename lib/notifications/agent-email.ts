import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";
import type { AgentEmailEvent } from "@/lib/email/templates";

/** Notices within this long of the last email to an agent wait and go out together as a digest. */
export const DIGEST_WINDOW_MS = 60_000;

/** The /account switch behind each emailed event. */
export const EMAIL_PREFERENCE_OF = {
  NEW_TICKET: "ticketFiled",
  CUSTOMER_REPLY: "requesterReply",
  REOPENED: "reopened",
  LOW_RATING: "lowRating",
} as const satisfies Record<AgentEmailEvent, string>;
export type EmailPreference = (typeof EMAIL_PREFERENCE_OF)[AgentEmailEvent];

/** Of `userIds`, the agents whose switches ask for this email (all on until they change them). */
export async function wantsEmail(userIds: string[], preference: EmailPreference, unassigned: boolean): Promise<Set<string>> {
  const rows = await db.agentEmailPreferences.findMany({ where: { userId: { in: userIds } } });
  const prefs = new Map(rows.map((r) => [r.userId, r]));
  return new Set(
    userIds.filter((id) => {
      const p = prefs.get(id);
      return !p || (p[preference] && (!unassigned || p.unassigned));
    }),
  );
}

/**
 * Emails an agent what is pending for them: one notice alone, or a digest of the ones that piled
 * up. Within a minute of their last email it does nothing and leaves them pending, so a burst
 * becomes one digest; the next delivery after the minute takes them all. Safe to run twice: the
 * notices are claimed before the email is built.
 *
 * This is the body of the background job "notifications.agent-email" (lib/notifications/jobs.ts:
 * one waiting job per agent, run at the end of the digest minute), queued by the notices.
 */
export async function deliverAgentEmails(userId: string, now = new Date()): Promise<"sent" | "deferred" | "nothing"> {
  const prefs = await db.agentEmailPreferences.findUnique({ where: { userId }, select: { lastEmailAt: true } });
  if (prefs?.lastEmailAt && now.getTime() - prefs.lastEmailAt.getTime() < DIGEST_WINDOW_MS) return "deferred";
  const pending = await db.notification.findMany({
    where: { userId, emailPending: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, type: true, actorId: true, ticket: { select: { id: true, subject: true } } },
  });
  if (pending.length === 0) return "nothing";
  const claimed = await db.notification.updateMany({ where: { id: { in: pending.map((p) => p.id) }, emailPending: true }, data: { emailPending: false } });
  if (claimed.count === 0) return "nothing";
  await db.agentEmailPreferences.upsert({ where: { userId }, create: { userId, lastEmailAt: now }, update: { lastEmailAt: now } });

  try {
    return await sendClaimed(userId, pending);
  } catch (error) {
    // Not sent: the notices wait for the next delivery instead of being lost.
    await db.notification.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { emailPending: true } });
    await db.agentEmailPreferences.update({ where: { userId }, data: { lastEmailAt: prefs?.lastEmailAt ?? null } });
    throw error;
  }
}

type Pending = { id: string; type: string; actorId: string | null; ticket: { id: number; subject: string } };

async function sendClaimed(userId: string, pending: Pending[]): Promise<"sent" | "nothing"> {
  const agent = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, locale: true, timeZone: true, portalAccess: true } });
  if (!agent?.portalAccess) return "nothing";
  const actorIds = [...new Set(pending.map((p) => p.actorId).filter((id): id is string => !!id))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const locale = isLocale(agent.locale) ? agent.locale : DEFAULT_LOCALE;
  const [{ renderEmail }, { emailLookFor }] = await Promise.all([import("@/lib/email/templates"), import("@/lib/email/look")]);
  const { siteName } = await getPortalSettings();
  const look = await emailLookFor(agent);
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  const items = pending.map((p) => ({
    event: p.type as AgentEmailEvent,
    ticketId: p.ticket.id,
    subject: p.ticket.subject,
    actorName: (p.actorId && actors.get(p.actorId)) || siteName,
    ticketUrl: url(`/admin/tickets/${p.ticket.id}`),
  }));
  const common = { name: agent.name, siteName, accountUrl: url("/account") };
  const rendered =
    items.length === 1
      ? renderEmail("agentNotice", locale, { ...common, ...items[0] }, look)
      : renderEmail("agentDigest", locale, { ...common, items, queueUrl: url("/admin") }, look);
  await sendEmail({ to: agent.email, ...rendered, kind: items.length === 1 ? "agent-notice" : "agent-digest" });
  return "sent";
}

/** The agent's own switches, for /account. */
export async function agentEmailPreferences(userId: string) {
  const row = await db.agentEmailPreferences.findUnique({ where: { userId } });
  return {
    ticketFiled: row?.ticketFiled ?? true,
    requesterReply: row?.requesterReply ?? true,
    reopened: row?.reopened ?? true,
    lowRating: row?.lowRating ?? true,
    unassigned: row?.unassigned ?? true,
  };
}
export type AgentEmailSwitches = Awaited<ReturnType<typeof agentEmailPreferences>>;

/** An agent sets their switches on /account. */
export async function setAgentEmailPreferences(userId: string, switches: AgentEmailSwitches) {
  await db.agentEmailPreferences.upsert({ where: { userId }, create: { userId, ...switches }, update: switches });
}
