import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listRequestTypesForForm } from "@/lib/request-types/queries";
import { getRequester, searchRequesters } from "@/lib/tickets/requesters";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { listCurrentAssets } from "@/lib/assets/queries";
import { portalModulesFor } from "@/lib/portal/modules";
import { Input } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button-class";

export async function generateMetadata() {
  return { title: (await getTranslations("requestTypes.onBehalf"))("title") };
}

type Search = { requester?: string; q?: string };

/**
 * A ticket opened by an agent on behalf of someone: first the requester (a GET search, so it
 * works from a person's record link and without JavaScript), then the portal's own form.
 */
export default async function NewTicketOnBehalfPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const locale = await getLocale();
  const [t, requester] = await Promise.all([getTranslations("requestTypes.onBehalf"), getRequester(viewer, search.requester)]);
  if (requester) {
    const [types, held, modules] = await Promise.all([listRequestTypesForForm(locale), listCurrentAssets(viewer, requester.id), portalModulesFor(requester.id)]);
    // The asset picker follows the requester's switch, as the server does when the ticket is filed.
    const assets = modules.assets ? held.map((h) => ({ id: h.asset.id, label: `${h.asset.tag} · ${h.asset.name}` })) : [];
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <Link href="/admin" className="text-sm text-brand hover:underline">← {t("back")}</Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <section className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={t("requester")}>
          <div className="min-w-0">
            <p className="text-slate-500">{t("requester")}</p>
            <p className="font-medium" data-testid="chosen-requester">{requester.name}</p>
            <p className="break-all text-slate-600">{requester.email}{requester.organization ? ` · ${requester.organization.name}` : ""}</p>
            {requester.portalAccess ? null : <p className="mt-1 text-amber-800">{t("noPortalAccess")}</p>}
          </div>
          <Link href="/admin/tickets/new" className={buttonClass("secondary")}>{t("change")}</Link>
        </section>
        <NewTicketForm types={types} limits={attachmentMessageValues()} requester={{ id: requester.id, name: requester.name }} assets={assets} />
      </div>
    );
  }
  const q = typeof search.q === "string" ? search.q : "";
  const results = await searchRequesters(viewer, q);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" role="search" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">{t("searchLabel")}</label>
          <Input id="q" type="search" defaultValue={q} maxLength={100} placeholder={t("searchPlaceholder")} />
        </div>
        <button type="submit" className={buttonClass()}>{t("search")}</button>
      </form>
      {q.trim() === "" ? (
        <p className="text-sm text-slate-600">{t("searchHint")}</p>
      ) : results.length === 0 ? (
        <EmptyState title={t("noResults")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("results")}>
          {results.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium">{person.name}</p>
                <p className="break-all text-slate-600">{person.email}{person.organization ? ` · ${person.organization.name}` : ""}</p>
              </div>
              <Link href={`/admin/tickets/new?requester=${encodeURIComponent(person.id)}`} className={buttonClass("secondary")} aria-label={t("chooseNamed", { name: person.name })}>
                {t("choose")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
