import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listOrganizations, listPeople } from "@/lib/accounts/queries";
import { peopleFilterSchema } from "@/lib/accounts/schema";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Search = { q?: string; kind?: string; organizationId?: string; access?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.people"))("title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const filter = peopleFilterSchema.parse(search);
  const [t, format, organizations, people] = await Promise.all([
    getTranslations("accounts.people"),
    getFormatter(),
    listOrganizations(),
    listPeople(viewer, filter),
  ]);
  if (!people) notFound();
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/employees/new" className={buttonClass()}>{t("add")}</Link>
      </div>
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <label className="text-sm">
          <span className="block text-slate-600">{t("search")}</span>
          <input type="search" name="q" defaultValue={filter.q ?? ""} className={control} maxLength={120} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{t("kind")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""} className={control}>
            <option value="">{t("any")}</option>
            <option value="EMPLOYEE">{t("kinds.EMPLOYEE")}</option>
            <option value="CUSTOMER">{t("kinds.CUSTOMER")}</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{t("organization")}</span>
          <select name="organizationId" defaultValue={filter.organizationId ?? ""} className={control}>
            <option value="">{t("any")}</option>
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{t("portalAccess")}</span>
          <select name="access" defaultValue={filter.access ?? ""} className={control}>
            <option value="">{t("any")}</option>
            <option value="on">{t("accessOn")}</option>
            <option value="off">{t("accessOff")}</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("apply")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: people.total })}</p>
      {people.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          testId="people"
          columns={[
            t("name"),
            t("email"),
            t("kind"),
            t("organization"),
            t("portalTab"),
            t("lastSignIn"),
          ]}
        >
          {people.items.map((p) => (
            <DataRow key={p.id}>
              <td className={cellClass}>
                <Link href={`/admin/employees/${p.id}`} className="font-medium text-brand hover:underline">{p.name}</Link>
                {p.role !== "CUSTOMER" ? <span className="ml-2"><Badge tone="violet">{t(`roles.${p.role}`)}</Badge></span> : null}
              </td>
              <td className="break-all px-3 py-2">{p.email}</td>
              <td className={cellClass}>{t(`kinds.${p.kind}`)}</td>
              <td className={cellClass}>{p.organization?.name ?? "—"}</td>
              <td className={cellClass}>{p.portalAccess ? <Badge tone="green">{t("accessOn")}</Badge> : <Badge>{t("accessOff")}</Badge>}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-500">{p.lastSignInAt ? format.relativeTime(p.lastSignInAt) : t("never")}</td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={people.page}
        pageCount={people.pageCount}
        params={{ q: search.q, kind: search.kind, organizationId: search.organizationId, access: search.access }}
      />
    </div>
  );
}
