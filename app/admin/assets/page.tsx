import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { listAssetOptions, listAssets } from "@/lib/assets/queries";
import { ASSET_LIST_PARAMS, ASSET_SORTS, ASSET_STATUSES, WARRANTY_WITHIN, isoDate, type AssetListQuery } from "@/lib/assets/schema";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button-class";
import { AssetBulkBar, ASSET_BULK_FORM_ID, SelectAllAssets } from "@/components/admin/assets/asset-bulk";
import { AssetStatusBadge } from "@/components/admin/assets/status-badge";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("title") };
}

const FILTERS = ["q", "type", "status", "organization", "holder", "warrantyWithin"] as const;

function paramsOf(query: AssetListQuery) {
  return Object.fromEntries(ASSET_LIST_PARAMS.map((k) => [k, k === "sort" && query.sort === "updated" ? undefined : (query[k] as string | undefined)]));
}

/** The console's asset list: search, filters, sorts and pages all in the URL; bulk changes on ticked rows. */
export default async function AssetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffPage();
  const [t, format, options, list] = await Promise.all([getTranslations("assets"), getFormatter(), listAssetOptions(), listAssets(viewer, await searchParams)]);
  const { query } = list;
  const filtered = FILTERS.some((k) => query[k]);
  const params = paramsOf(query);
  const exportHref = `/admin/assets/export?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const control = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const select = (name: "type" | "status" | "organization" | "warrantyWithin" | "sort", label: string, choices: { value: string; label: string }[], any = true) => (
    <div className="text-sm">
      <label htmlFor={`assets-${name}`} className="block text-slate-600">{label}</label>
      <select id={`assets-${name}`} name={name} defaultValue={query[name] ?? ""} className={control}>
        {any ? <option value="">{t("any")}</option> : null}
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </div>
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/assets/new" className={buttonClass("primary")}>{t("new")}</Link>
          <Link href="/admin/assets/import" className={buttonClass("secondary")}>{t("import")}</Link>
          <a href={exportHref} className={buttonClass("secondary")} download>{t("export")}</a>
          {isAdmin(viewer) ? <Link href="/admin/assets/lookups" className={buttonClass("secondary")}>{t("lookups")}</Link> : null}
        </div>
      </div>

      <form action="/admin/assets" className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filter")} role="search">
        <div className="text-sm sm:col-span-2">
          <label htmlFor="assets-q" className="block text-slate-600">{t("search")}</label>
          <input id="assets-q" type="search" name="q" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} className={control} />
        </div>
        <div className="text-sm">
          <label htmlFor="assets-holder" className="block text-slate-600">{t("holderLabel")}</label>
          <input id="assets-holder" type="search" name="holder" defaultValue={query.holder ?? ""} placeholder={t("holderPlaceholder")} maxLength={100} className={control} />
        </div>
        {select("type", t("columns.type"), options.types.map((x) => ({ value: x.id, label: x.name })))}
        {select("status", t("columns.status"), ASSET_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })))}
        {select("organization", t("columns.organization"), options.organizations.map((o) => ({ value: o.id, label: o.name })))}
        {select("warrantyWithin", t("warrantyWithinLabel"), WARRANTY_WITHIN.map((d) => ({ value: d, label: t("warrantyWithin", { days: d }) })))}
        {select("sort", t("sortLabel"), ASSET_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) })), false)}
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("filter")}</button>
          {filtered ? <Link href="/admin/assets" className="text-sm text-brand underline">{t("clear")}</Link> : null}
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">{t("total", { count: list.total })}</p>
      {/* Kept mounted when a bulk change empties the page, so its outcome stays on screen. */}
      <AssetBulkBar empty={list.items.length === 0} />
      {list.items.length === 0 ? (
        <EmptyState title={filtered ? t("empty") : t("emptyAll")} />
      ) : (
        <>
          <DataTable
            testId="assets"
            columns={[<SelectAllAssets key="all" />, t("columns.tag"), t("columns.name"), t("columns.type"), t("columns.serial"), t("columns.status"), t("columns.holder"), t("columns.warranty"), t("columns.updated")]}
          >
            {list.items.map((a) => {
              const holder = a.assignments[0]?.user;
              return (
                <DataRow key={a.id}>
                  <td className={cellClass}>
                    <input type="checkbox" name="ids" value={a.id} form={ASSET_BULK_FORM_ID} className="size-4" aria-label={t("bulk.select", { tag: a.tag })} />
                  </td>
                  <td className={`${cellClass} whitespace-nowrap font-mono`}>
                    <Link href={`/admin/assets/${a.id}`} className="text-brand hover:underline">{a.tag}</Link>
                  </td>
                  <td className={cellClass}>{a.name}</td>
                  <td className={cellClass}>{a.type.name}</td>
                  <td className={`${cellClass} font-mono text-xs`}>{a.serialNumber ?? ""}</td>
                  <td className={cellClass}><AssetStatusBadge status={a.status} /></td>
                  <td className={cellClass}>{holder ? <Link href={`/admin/employees/${holder.id}`} className="hover:underline">{holder.name}</Link> : <span className="text-slate-400">—</span>}</td>
                  <td className={`${cellClass} whitespace-nowrap`}>{isoDate(a.warrantyEnd)}</td>
                  <td className={`${cellClass} whitespace-nowrap text-slate-500`}>{format.relativeTime(a.updatedAt)}</td>
                </DataRow>
              );
            })}
          </DataTable>
        </>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={params} />
    </div>
  );
}
