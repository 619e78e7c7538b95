import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listDocumentsForStaff } from "@/lib/documents/queries";
import { buttonClass } from "@/components/ui/button-class";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";

export async function generateMetadata() {
  return { title: (await getTranslations("documents.admin"))("title") };
}

export default async function AdminDocumentsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string; deleted?: string; archived?: string }> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const [t, format, list] = await Promise.all([getTranslations("documents.admin"), getFormatter(), listDocumentsForStaff(viewer, search)]);
  if (!list) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/documents/new" className={buttonClass()}>{t("add")}</Link>
      </div>
      {search.deleted ? <Alert tone="success">{t("deleted")}</Alert> : search.archived ? <Alert tone="success">{t("archived")}</Alert> : null}
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <label className="min-w-0 flex-1 text-sm">
          <span className="block text-slate-600">{t("search")}</span>
          <input type="search" name="q" defaultValue={list.q ?? ""} maxLength={120} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("searchButton")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState title={list.q ? t("noMatch") : t("empty")}>{list.q ? null : t("emptyHint")}</EmptyState>
      ) : (
        <DataTable
          testId="documents"
          columns={[t("columns.title"), t("columns.category"), t("columns.current"), t("columns.updated"), { label: t("columns.assignments"), numeric: true }]}
        >
          {list.items.map((d) => (
            <DataRow key={d.id}>
              <td className={cellClass}><Link href={`/admin/documents/${d.id}`} className="font-medium text-brand hover:underline">{d.title}</Link></td>
              <td className={cellClass}>{d.category}</td>
              <td className={cellClass}>{d.versions[0] ? `${t("versionLabel", { number: d.versions[0].number })} · ${d.versions[0].fileName}` : ""}</td>
              <td className={cellClass}>{format.dateTime(d.updatedAt, { dateStyle: "medium" })}</td>
              <td className={`${cellClass} text-right`}>{d._count.assignments}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{ q: list.q }} />
    </div>
  );
}
