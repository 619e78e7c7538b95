import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listMyTickets, viewerSharesTickets } from "@/lib/tickets/queries";
import { MY_TICKET_FILTERS, SEARCH_MAX, myTicketsQuerySchema } from "@/lib/tickets/schema";
import { buttonClass } from "@/components/ui/button-class";
import { Pagination } from "@/components/ui/pagination";
import { TicketList } from "@/components/tickets/ticket-list";
import { TicketEmailsForm } from "@/components/tickets/ticket-emails-form";
import { ticketEmailsOn } from "@/lib/tickets/notify";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("myTickets") };
}

type Search = { filter?: string; q?: string; page?: string; scope?: string };

export default async function MyTicketsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const query = myTicketsQuerySchema.parse(await searchParams);
  const [t, tc, sharing, emailsOn] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("organizations.sharing"),
    viewerSharesTickets(viewer),
    ticketEmailsOn(viewer),
  ]);
  const scope = sharing && query.scope === "company" ? "company" : undefined;
  const result = await listMyTickets(viewer, { ...query, scope });
  const tabHref = (filter?: string, nextScope = scope) => {
    const params = new URLSearchParams();
    if (nextScope) params.set("scope", nextScope);
    if (filter) params.set("filter", filter);
    if (query.q) params.set("q", query.q);
    const s = params.toString();
    return s ? `/tickets?${s}` : "/tickets";
  };
  const tab = "rounded-full border px-3 py-1 text-sm";
  const filtered = !!(query.filter || query.q);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("myTickets")}</h1>
        <Link href="/tickets/new" className={buttonClass()}>
          {t("newTicket")}
        </Link>
      </div>
      {sharing ? (
        <nav aria-label={tc("switchLabel")} className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm">
          {([undefined, "company"] as const).map((s) => (
            <Link
              key={s ?? "mine"}
              href={tabHref(query.filter, s)}
              aria-current={scope === s ? "page" : undefined}
              className={`px-3 py-1.5 ${scope === s ? "bg-brand text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {tc(s ?? "mine")}
            </Link>
          ))}
        </nav>
      ) : null}
      <nav aria-label={t("mine.filters")} className="flex flex-wrap gap-2">
        {[undefined, ...MY_TICKET_FILTERS].map((f) => (
          <Link
            key={f ?? "all"}
            href={tabHref(f)}
            aria-current={query.filter === f ? "page" : undefined}
            className={`${tab} ${query.filter === f ? "border-brand bg-brand text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t(`mine.filter.${f ?? "all"}`)}
          </Link>
        ))}
      </nav>
      <form role="search" action="/tickets" className="flex flex-wrap gap-2">
        {scope ? <input type="hidden" name="scope" value={scope} /> : null}
        {query.filter ? <input type="hidden" name="filter" value={query.filter} /> : null}
        <label htmlFor="q" className="sr-only">
          {t("mine.search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={SEARCH_MAX}
          placeholder={t("mine.searchPlaceholder")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("mine.search")}
        </button>
      </form>
      {filtered && result.total === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">{t("mine.noMatch")}</p>
      ) : (
        <TicketList items={result.items} hrefBase="/tickets" viewerId={viewer.id} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        params={{ scope, filter: query.filter, q: query.q }}
      />
      <TicketEmailsForm on={emailsOn} />
    </div>
  );
}
