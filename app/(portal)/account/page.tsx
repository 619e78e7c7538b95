import { getFormatter, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/accounts/queries";
import { signOutEverywhereAction } from "@/lib/auth/password-actions";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TimeZoneForm } from "@/components/time-zones/time-zone-form";
import { timeZoneChoices } from "@/lib/time-zones/schema";
import { timeZoneOf } from "@/lib/time-zones/service";
import { isStaff } from "@/lib/auth/permissions";
import { agentEmailPreferences } from "@/lib/notifications/agent-email";
import { AgentEmailForm } from "@/components/notifications/agent-email-form";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const viewer = await requireViewer();
  const [t, format, sessions, timeZone] = await Promise.all([getTranslations("account"), getFormatter(), listOwnSessions(viewer), timeZoneOf(viewer)]);
  const [tn, agentEmails] = await Promise.all([getTranslations("notifications"), isStaff(viewer) ? agentEmailPreferences(viewer.id) : null]);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section className={section} aria-labelledby="account-profile">
        <h2 id="account-profile" className="text-lg font-semibold">{t("profile")}</h2>
        <p className="text-sm"><span className="text-slate-500">{t("name")}:</span> {viewer.name}</p>
        <p className="break-all text-sm"><span className="text-slate-500">{t("email")}:</span> {viewer.email}</p>
        <LanguageSwitcher />
        <TimeZoneForm current={timeZone} choices={timeZoneChoices()} />
      </section>
      {agentEmails ? (
        <section className={section} aria-labelledby="account-ticket-emails">
          <h2 id="account-ticket-emails" className="text-lg font-semibold">{tn("emailTitle")}</h2>
          <AgentEmailForm initial={agentEmails} />
        </section>
      ) : null}
      <section className={section} aria-labelledby="account-password">
        <h2 id="account-password" className="text-lg font-semibold">{t("changePassword")}</h2>
        <ChangePasswordForm forced={false} username={viewer.email} />
      </section>
      <section className={section} aria-labelledby="account-sessions">
        <h2 id="account-sessions" className="text-lg font-semibold">{t("sessions")}</h2>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="py-2">
              <p className="font-medium">
                {s.userAgent ? s.userAgent.slice(0, 80) : t("unknownBrowser")}
                {s.id === viewer.sessionId ? <span className="ml-2 text-green-700">{t("thisBrowser")}</span> : null}
              </p>
              <p className="text-slate-500">
                {t("sessionInfo", {
                  started: format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  seen: format.relativeTime(s.lastSeenAt),
                  ip: s.ip ?? "—",
                })}
              </p>
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction}>
          <ConfirmSubmit message={t("signOutEverywhereConfirm")} pendingLabel={t("signingOut")} variant="danger">
            {t("signOutEverywhere")}
          </ConfirmSubmit>
        </form>
      </section>
    </div>
  );
}
