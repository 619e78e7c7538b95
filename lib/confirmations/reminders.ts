import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";

// Email reminders for pending confirmations: after N days (portal setting), at most once per
// interval and at most M times. A reminder is claimed by a conditional update of the counter it
// read, so two instances (or an agent and the schedule) at the same moment send it only once.

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

type Claimable = { id: string; reminderCount: number; lastRemindedAt: Date | null };

/** Claims and sends one reminder; false when someone else claimed it first or it is no longer pending. */
export async function sendReminder(row: Claimable, now: Date): Promise<boolean> {
  const claimed = await db.confirmationRecipient.updateMany({
    where: { id: row.id, state: "PENDING", reminderCount: row.reminderCount, lastRemindedAt: row.lastRemindedAt, request: { withdrawnAt: null } },
    data: { reminderCount: row.reminderCount + 1, lastRemindedAt: now },
  });
  if (claimed.count !== 1) return false;
  const recipient = await db.confirmationRecipient.findUniqueOrThrow({
    where: { id: row.id },
    select: { createdAt: true, user: { select: { name: true, email: true, locale: true, timeZone: true } }, request: { select: { title: true } } },
  });
  const locale = isLocale(recipient.user.locale) ? recipient.user.locale : DEFAULT_LOCALE;
  const { siteName } = await getPortalSettings();
  // Loaded here: the catalogues are JSON modules that scripts importing the rules need not load.
  const [{ renderEmail }, { emailLookFor }] = await Promise.all([import("@/lib/email/templates"), import("@/lib/email/look")]);
  const look = await emailLookFor(recipient.user);
  const rendered = renderEmail(
    "confirmationReminder",
    locale,
    {
      name: recipient.user.name,
      siteName,
      title: recipient.request.title,
      sentOn: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: look.timeZone }).format(recipient.createdAt),
      url: new URL("/confirmations", env.APP_URL).toString(),
    },
    look,
  );
  await sendEmail({ to: recipient.user.email, ...rendered, kind: "confirmation-reminder" });
  return true;
}

type ReminderSettings = { confirmationsEnabled: boolean; confirmationReminderDays: number; confirmationReminderMax: number };

/** Sends every reminder that is due at `now` under the portal's settings; returns how many this call sent. */
export async function sendDueReminders(now = new Date(), settings?: ReminderSettings): Promise<number> {
  const { confirmationReminderDays: days, confirmationReminderMax: max, confirmationsEnabled } = settings ?? (await getPortalSettings());
  if (!confirmationsEnabled || days <= 0 || max <= 0) return 0;
  const dueBefore = new Date(now.getTime() - days * DAY_MS);
  const due = await db.confirmationRecipient.findMany({
    where: {
      state: "PENDING",
      reminderCount: { lt: max },
      request: { withdrawnAt: null },
      user: { portalAccess: true },
      OR: [{ lastRemindedAt: null, createdAt: { lte: dueBefore } }, { lastRemindedAt: { lte: dueBefore } }],
    },
    select: { id: true, reminderCount: true, lastRemindedAt: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const row of due) if (await sendReminder(row, now)) sent++;
  return sent;
}
