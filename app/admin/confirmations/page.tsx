import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listRequestsForStaff } from "@/lib/confirmations/queries";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations.admin"))("title") };
}

export default async function AdminConfirmationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireStaffPage();
  const [t, tc, format, list] = await Promise.all([getTranslations("confirmations.admin"), getTranslations("confirmations"), getFormatter(), listRequestsForStaff(viewer, (await searchParams).page)]);
  if (!list) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/confirmations/new" className={buttonClass()}>{t("add")}</Link>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState> : (
        <DataTable testId="confirmation-requests" columns={[t("columns.title"), t("columns.kind"), t("columns.sent"), t("columns.progress")]}>
          {list.items.map((r) => (
            <DataRow key={r.id}>
              <td className={cellClass}>
                <Link href={`/admin/confirmations/${r.id}`} className="font-medium text-brand hover:underline">{r.title}</Link>
                {r.withdrawnAt ? <span className="ml-2"><Badge tone="red">{tc("states.WITHDRAWN")}</Badge></span> : null}
              </td>
              <td className={cellClass}>{tc(`kinds.${r.kind}`)}</td>
              <td className={cellClass}>{format.dateTime(r.createdAt, { dateStyle: "medium" })} · {r.createdBy.name}</td>
              <td className={cellClass}>{t("progress", { confirmed: r.confirmed, declined: r.declined, pending: r.pending })}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{}} />
    </div>
  );
}
