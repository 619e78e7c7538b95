import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { getConfirmationRecord } from "@/lib/confirmations/queries";
import { Badge } from "@/components/ui/badge";
import { SnapshotView } from "@/components/confirmations/snapshot-view";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations"))("title") };
}

/** One of my requests: what is to be confirmed; another person's is the 404 of an unknown id. */
export default async function MyConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePortalModule("confirmations");
  const [record, t, format] = await Promise.all([getConfirmationRecord(viewer, (await params).id), getTranslations("confirmations"), getFormatter()]);
  if (!record) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/confirmations" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="break-words text-2xl font-semibold">{record.request.title}</h1>
        <Badge tone="violet">{t(`kinds.${record.request.kind}`)}</Badge>
        <Badge>{t(`states.${record.pending || record.state !== "PENDING" ? record.state : "WITHDRAWN"}`)}</Badge>
      </div>
      <p className="text-sm text-slate-600">{t("sentOn", { date: format.dateTime(record.request.createdAt, { dateStyle: "medium" }), name: record.request.createdBy.name })}</p>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("snapshot")}</h2>
        <SnapshotView snapshot={record.snapshotData} versionHref={record.request.documentVersionId ? `/api/documents/versions/${record.request.documentVersionId}` : null} />
      </section>
      {record.pending ? <Link href="/confirmations" className="inline-block text-sm font-medium text-brand hover:underline">{t("sign")}</Link> : null}
      {record.answered ? (
        <div className="flex flex-wrap gap-3 text-sm">
          <Link href={`/confirmations/${record.id}/receipt`} className="text-brand hover:underline">{t("receiptPage")}</Link>
          <a href={`/api/confirmations/${record.id}/receipt`} className="text-brand hover:underline">{t("receiptPdf")}</a>
        </div>
      ) : null}
    </div>
  );
}
