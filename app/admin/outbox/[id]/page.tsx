import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getOutboxEmail } from "@/lib/email/queries";
import { EmailStatusBadge } from "../email-status-badge";
import { RetryButton } from "../retry-button";
import { kindLabels } from "../kind-label";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata() {
  return { title: (await getTranslations("email"))("outbox.title") };
}

/** One stored email. Its body is shown as plain text: React escapes it, nothing is rendered as HTML. */
export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const email = await getOutboxEmail(viewer, (await params).id);
  if (!email) notFound();
  const [t, format, kindLabel] = await Promise.all([getTranslations("email.outbox"), getFormatter(), kindLabels()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [t("to"), <span key="to" className="break-all">{email.to}</span>],
    [t("kind"), kindLabel(email.kind)],
    [t("status"), <EmailStatusBadge key="status" status={email.status} />],
    [t("attempts"), email.attempts],
    [t("created"), when(email.createdAt)],
    [t("sent"), email.sentAt ? when(email.sentAt) : t("notYet")],
    [t("nextAttempt"), email.status === "QUEUED" ? when(email.nextAttemptAt) : t("none")],
    [t("provider"), email.provider ?? t("none")],
    [t("providerId"), email.providerId ?? t("none")],
    [t("lastError"), email.lastError ?? t("none")],
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/outbox" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="break-words text-2xl font-semibold">{email.subject}</h1>
      {/* minmax(0, …) columns and min-w-0: a long link in the text wraps instead of widening the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section className="min-w-0 space-y-2">
          <h2 className="text-sm font-semibold text-slate-700">{t("body")}</h2>
          {email.masked ? <Alert>{t("masked")}</Alert> : null}
          <div className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4 font-mono text-sm" data-testid="email-text">
            {email.text || <span className="font-sans italic text-slate-500">{t("bodyRemoved")}</span>}
          </div>
        </section>
        <aside className="min-w-0 space-y-4">
          <dl className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
          {email.status === "SENT" ? null : <RetryButton id={email.id} />}
        </aside>
      </div>
    </div>
  );
}
