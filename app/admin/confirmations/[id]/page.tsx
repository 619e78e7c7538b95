import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getRequestForStaff } from "@/lib/confirmations/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { SnapshotView } from "@/components/confirmations/snapshot-view";
import { RemindButton, WithdrawButton } from "@/components/confirmations/admin-buttons";

const TONE: Record<string, BadgeTone> = { PENDING: "amber", CONFIRMED: "green", DECLINED: "red", WITHDRAWN: "slate" };

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations"))("admin.title") };
}

export default async function AdminConfirmationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }) {
  const viewer = await requireStaffPage();
  const [request, t, tc, format] = await Promise.all([getRequestForStaff(viewer, (await params).id), getTranslations("confirmations.admin"), getTranslations("confirmations"), getFormatter()]);
  if (!request) notFound();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <Link href="/admin/confirmations" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="break-words text-2xl font-semibold">{request.title}</h1>
        <Badge tone="violet">{tc(`kinds.${request.kind}`)}</Badge>
        {request.withdrawnAt ? <Badge tone="red">{t("withdrawn", { date: when(request.withdrawnAt) })}</Badge> : null}
      </div>
      {(await searchParams).sent ? <Alert tone="success">{t("sent")}</Alert> : null}
      <p className="text-sm text-slate-600">{tc("sentOn", { date: when(request.createdAt), name: request.createdBy.name })}</p>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{tc("snapshot")}</h2>
        <SnapshotView snapshot={request.snapshot} versionHref={request.documentVersionId ? `/api/documents/versions/${request.documentVersionId}` : null} />
        <p className="break-all font-mono text-xs text-slate-500">{t("snapshotHash")}: {request.snapshotSha256}</p>
      </section>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("recipients")}</h2>
        <a href={`/admin/confirmations/${request.id}/export`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium">{t("exportCsv")}</a>
      </div>
      <DataTable testId="recipients" columns={[t("columns.person"), t("columns.state"), t("columns.answered"), t("columns.reminders"), ""]}>
        {request.recipients.map((r) => (
          <DataRow key={r.id} className="align-top">
            <td className={cellClass}><span className="break-all">{r.user.name}<br /><span className="text-xs text-slate-500">{r.user.email}</span></span></td>
            <td className={cellClass}><Badge tone={TONE[r.state]}>{tc(`states.${r.state}`)}</Badge></td>
            <td className={cellClass}>
              {r.respondedAt ? when(r.respondedAt) : "—"}
              {r.comment ? <p className="max-w-xs whitespace-pre-wrap break-words text-xs text-slate-600">{r.comment}</p> : null}
            </td>
            <td className={cellClass}>{t("reminderCount", { count: r.reminderCount })}{r.lastRemindedAt ? ` · ${t("lastReminded", { date: when(r.lastRemindedAt) })}` : ""}</td>
            <td className={cellClass}>
              {r.state === "PENDING" && !request.withdrawnAt ? <RemindButton requestId={request.id} recipientId={r.id} name={r.user.name} /> : null}
              {r.state === "CONFIRMED" || r.state === "DECLINED" ? (
                <span className="flex flex-wrap gap-3">
                  <Link href={`/admin/confirmations/receipts/${r.id}`} className="text-brand hover:underline">{tc("receiptPage")}</Link>
                  <a href={`/api/confirmations/${r.id}/receipt`} className="text-brand hover:underline">{tc("receiptPdf")}</a>
                </span>
              ) : null}
            </td>
          </DataRow>
        ))}
      </DataTable>
      {request.withdrawnAt ? null : <WithdrawButton id={request.id} />}
    </div>
  );
}
