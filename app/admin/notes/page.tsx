import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listNotesForStaff } from "@/lib/notes/queries";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";

export async function generateMetadata() {
  return { title: (await getTranslations("notes.admin"))("title") };
}

export default async function AdminNotesPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string; deleted?: string }> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const [t, format, list] = await Promise.all([getTranslations("notes.admin"), getFormatter(), listNotesForStaff(viewer, search)]);
  if (!list) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/notes/new" className={buttonClass()}>{t("add")}</Link>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {search.deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      <form className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <label className="min-w-0 flex-1 text-sm">
          <span className="block text-slate-600">{t("search")}</span>
          <input type="search" name="q" defaultValue={list.q ?? ""} maxLength={120} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("searchButton")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? <EmptyState title={list.q ? t("noMatch") : t("empty")}>{list.q ? null : t("emptyHint")}</EmptyState> : (
        <DataTable testId="notes" columns={[t("columns.title"), t("columns.for"), t("columns.updated"), { label: t("columns.reads"), numeric: true }]}>
          {list.items.map((n) => (
            <DataRow key={n.id}>
              <td className={cellClass}><Link href={`/admin/notes/${n.id}`} className="font-medium text-brand hover:underline">{n.title}</Link></td>
              <td className={cellClass}>{n.user ? `${n.user.name} <${n.user.email}>` : n.organization ? n.organization.name : n.personKind ? t(`kinds.${n.personKind}`) : ""}</td>
              <td className={cellClass}>{format.dateTime(n.updatedAt, { dateStyle: "medium" })}</td>
              <td className={`${cellClass} text-right`}>{n._count.reads}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{ q: list.q }} />
    </div>
  );
}
