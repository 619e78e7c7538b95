import { getFormatter, getTranslations } from "next-intl/server";
import type { ConfirmationRecord } from "@/lib/confirmations/queries";
import { SnapshotView } from "./snapshot-view";
import { PrintButton } from "./admin-buttons";

/** The printable receipt of one answer: the snapshot, the signature data and the hashes. */
export async function ReceiptView({ record }: { record: ConfirmationRecord }) {
  const [t, format] = await Promise.all([getTranslations("confirmations"), getFormatter()]);
  const row = (label: string, value: string | null | undefined, mono = false) => (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className={`break-all ${mono ? "font-mono text-xs" : ""}`}>{value || "—"}</dd>
    </>
  );
  return (
    <article className="mx-auto max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 print:border-0" data-testid="receipt">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("receiptTitle")}</h1>
          <p className="break-words text-lg">{record.request.title}</p>
        </div>
        <div className="flex gap-2 print:hidden">
          <PrintButton label={t("print")} />
          <a href={`/api/confirmations/${record.id}/receipt`} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("receiptPdf")}</a>
        </div>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {row(t("person"), `${record.user.name} <${record.user.email}>`)}
        {row(t("kind"), t(`kinds.${record.request.kind}`))}
        {row(t("request"), t("sentOn", { date: format.dateTime(record.request.createdAt, { dateStyle: "long", timeStyle: "short" }), name: record.request.createdBy.name }))}
        {row(t("state"), t(`states.${record.state}`))}
        {row(t("signature"), record.signatureName)}
        {row(t("signedAt"), record.respondedAt?.toISOString())}
        {row(t("ip"), record.ip)}
        {row(t("userAgent"), record.userAgent)}
        {record.comment ? row(t("comment"), record.comment) : null}
      </dl>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("snapshot")}</h2>
        <SnapshotView snapshot={record.snapshotData} />
      </section>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {row(t("snapshotHash"), record.request.snapshotSha256, true)}
        {row(t("receiptHash"), record.receiptSha256, true)}
        {row(t("requestId"), record.request.id, true)}
        {row(t("recipientId"), record.id, true)}
      </dl>
      <p role="status" className={`rounded-md px-3 py-2 text-sm font-medium ${record.intact ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{record.intact ? t("intact") : t("tampered")}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">{t("snapshotJson")}</summary>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-3 font-mono text-xs">{record.request.snapshot}</pre>
      </details>
    </article>
  );
}
