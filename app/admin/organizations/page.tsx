import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listOrganizationsPage } from "@/lib/organizations/queries";
import { organizationsFilterSchema } from "@/lib/organizations/schema";
import { Badge } from "@/components/ui/badge";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Search = { q?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("organizations"))("title") };
}

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const filter = organizationsFilterSchema.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslations("organizations"), listOrganizationsPage(viewer, filter)]);
  if (!list) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <label htmlFor="q" className="sr-only">{t("search")}</label>
        <input
          id="q"
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          maxLength={120}
          placeholder={t("searchPlaceholder")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white">{t("search")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          testId="organizations"
          columns={[
            t("name"),
            t("kind"),
            { label: t("members"), numeric: true },
            { label: t("tickets"), numeric: true },
            t("shareTickets"),
          ]}
        >
          {list.items.map((o) => (
            <DataRow key={o.id}>
              <td className={cellClass}>
                <Link href={`/admin/organizations/${o.id}`} className="font-medium text-brand hover:underline">{o.name}</Link>
              </td>
              <td className={cellClass}>{t(`kinds.${o.kind}`)}</td>
              <td className="px-3 py-2 text-right">{o._count.members}</td>
              <td className="px-3 py-2 text-right">{o._count.tickets}</td>
              <td className={cellClass}>{o.shareTickets ? <Badge tone="green">{t("on")}</Badge> : <Badge>{t("off")}</Badge>}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{ q: filter.q }} />
    </div>
  );
}
