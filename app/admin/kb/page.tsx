import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listArticlesForEditors, listCategories } from "@/lib/kb/queries";
import { editorFilterSchema } from "@/lib/kb/admin-schema";
import { STATES } from "@/lib/kb/schema";
import { categoryName } from "@/components/tickets/category-name";
import { KbSubnav } from "@/components/admin/kb/kb-subnav";
import { Badge } from "@/components/ui/badge";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Search = { state?: string; category?: string; title?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("kb.admin"))("title") };
}

export default async function AdminKbPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaffPage();
  const search = await searchParams;
  const filter = editorFilterSchema.parse(search);
  const [t, locale, format, categories, list] = await Promise.all([
    getTranslations("kb.admin"),
    getLocale(),
    getFormatter(),
    listCategories(),
    listArticlesForEditors({ state: filter.state, categoryId: filter.category, title: filter.title, page: filter.page }),
  ]);
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <KbSubnav />
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <label className="text-sm">
          <span className="block text-slate-600">{t("filterTitle")}</span>
          <input name="title" defaultValue={filter.title ?? ""} className={control} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{t("filterState")}</span>
          <select name="state" defaultValue={filter.state ?? ""} className={control}>
            <option value="">{t("any")}</option>
            {STATES.map((s) => <option key={s} value={s}>{t(`state.${s}`)}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{t("filterCategory")}</span>
          <select name="category" defaultValue={filter.category ?? ""} className={control}>
            <option value="">{t("any")}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{categoryName(c, locale)}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("apply")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          testId="kb-admin-articles"
          columns={[
            t("colTitle"),
            t("colLanguage"),
            t("colCategory"),
            t("colState"),
            t("colVisibility"),
            t("colViews"),
            t("colUpdated"),
          ]}
        >
          {list.items.map((a) => (
            <DataRow key={a.id}>
              <td className="max-w-xs px-3 py-2">
                <Link href={`/admin/kb/${a.id}`} className="font-medium text-brand hover:underline">{a.title}</Link>
              </td>
              <td className="px-3 py-2 uppercase text-slate-600">{a.locale}</td>
              <td className={cellClass}>{categoryName(a.category, locale)}</td>
              <td className={cellClass}><Badge tone={a.state === "PUBLISHED" ? "green" : "amber"}>{t(`state.${a.state}`)}</Badge></td>
              <td className={cellClass}>
                <Badge tone={a.visibility === "INTERNAL" ? "violet" : a.visibility === "PUBLIC" ? "blue" : "slate"}>{t(`visibilityShort.${a.visibility}`)}</Badge>
                {a._count.organizations ? <span className="ml-1 text-xs text-slate-500">{t("restricted", { count: a._count.organizations })}</span> : null}
              </td>
              <td className="px-3 py-2 text-slate-600">{a.viewCount}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-500">{format.relativeTime(a.updatedAt)}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        params={{ state: search.state, category: search.category, title: search.title }}
      />
    </div>
  );
}
