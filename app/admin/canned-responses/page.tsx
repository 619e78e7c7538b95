import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { listCannedResponses } from "@/lib/canned/queries";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Search = { q?: string; page?: string; saved?: string; deleted?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("desk.canned"))("title") };
}

/** Canned responses: every agent reads them here; only admins add, edit and delete. */
export default async function CannedResponsesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const [t, list] = await Promise.all([getTranslations("desk.canned"), listCannedResponses(viewer, search)]);
  if (!list) notFound();
  const manage = isAdmin(viewer);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {manage ? <Link href="/admin/canned-responses/new" className={buttonClass()}>{t("add")}</Link> : null}
      </div>
      <p className="text-sm text-slate-600">{manage ? t("introAdmin") : t("introAgent")}</p>
      {search.saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      {search.deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      <form className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <label className="min-w-0 flex-1 text-sm">
          <span className="block text-slate-600">{t("search")}</span>
          <input type="search" name="q" defaultValue={list.q ?? ""} maxLength={120} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("searchButton")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState title={list.q ? t("noMatch") : t("empty")}>{manage && !list.q ? t("emptyAdmin") : null}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="canned-responses">
          {list.items.map((c) => (
            <li key={c.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                {manage ? (
                  <Link href={`/admin/canned-responses/${c.id}`} className="break-words font-medium text-brand hover:underline">{c.title}</Link>
                ) : (
                  <h2 className="break-words font-medium">{c.title}</h2>
                )}
                <Badge tone="blue">{t(`locales.${c.locale === "en" || c.locale === "es" ? c.locale : "any"}`)}</Badge>
                {c.active ? null : <Badge>{t("inactive")}</Badge>}
              </div>
              <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{ q: list.q }} />
    </div>
  );
}
