import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listOutbox } from "@/lib/email/queries";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { EmailStatusBadge } from "./email-status-badge";
import { RetryButton } from "./retry-button";
import { kindLabels } from "./kind-label";

export async function generateMetadata() {
  return { title: (await getTranslations("email.outbox"))("title") };
}

/** Every stored email, newest first. Admins only: agents get a 404 like customers. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireStaffPage();
  const outbox = await listOutbox(viewer, (await searchParams).page);
  if (!outbox) notFound();
  const [t, format, kindLabel] = await Promise.all([getTranslations("email.outbox"), getFormatter(), kindLabels()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: outbox.total })}</p>
      {outbox.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          testId="outbox"
          stacked
          columns={[
            t("to"),
            t("subject"),
            t("kind"),
            t("status"),
            t("attempts"),
            t("lastError"),
            t("created"),
            t("sent"),
            <span key="retry" className="sr-only">{t("retry")}</span>,
          ]}
        >
          {outbox.items.map((email) => (
            <DataRow key={email.id} className="align-top">
              <td data-label={t("to")} className="break-all px-3 py-2">{email.to}</td>
              <td data-label={t("subject")} className="max-w-xs break-words px-3 py-2">
                <Link href={`/admin/outbox/${email.id}`} className="font-medium text-brand hover:underline">{email.subject}</Link>
              </td>
              <td data-label={t("kind")} className="px-3 py-2 text-slate-600">{kindLabel(email.kind)}</td>
              <td data-label={t("status")} className={cellClass}><EmailStatusBadge status={email.status} /></td>
              <td data-label={t("attempts")} className="px-3 py-2 text-slate-600">{email.attempts}</td>
              <td data-label={t("lastError")} className="max-w-xs truncate px-3 py-2 text-slate-600" title={email.lastError ?? undefined}>
                {email.lastError ?? <span className="text-slate-600 italic">{t("none")}</span>}
              </td>
              <td data-label={t("created")} className="whitespace-nowrap px-3 py-2 text-slate-500">{when(email.createdAt)}</td>
              <td data-label={t("sent")} className="whitespace-nowrap px-3 py-2 text-slate-500">
                {email.sentAt ? when(email.sentAt) : <span className="text-slate-600 italic">{t("notYet")}</span>}
              </td>
              <td className={cellClass}>{email.status === "SENT" ? null : <RetryButton id={email.id} />}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={outbox.page}
        pageCount={outbox.pageCount}
        params={{}}
      />
    </div>
  );
}
