import Link from "next/link";
import { QueueCheckbox, QueueFilters } from "@/components/admin/queue-filters";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listAgents, listQueueOptions } from "@/lib/tickets/choices";
import { VIEW_COUNT_CAP, countQueueViews, listQueue } from "@/lib/tickets/queue";
import { QUEUE_AGES, QUEUE_FILTERS, QUEUE_PARAMS, QUEUE_SORTS, QUEUE_VIEWS, type QueueQuery, type QueueView } from "@/lib/tickets/queue-schema";
import { LEVELS } from "@/lib/tickets/schema";
import { LevelBadge, StatusBadge } from "@/components/tickets/badges";
import { categoryName } from "@/components/tickets/category-name";
import { BULK_FORM_ID, QueueBulkBar, SelectAllOnPage } from "@/components/admin/queue-bulk";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { LiveRefresh } from "@/components/live-refresh";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("queueTitle") };
}

/** The query as URL parameters, without the defaults, optionally changed. */
function paramsOf(query: QueueQuery, changes: Partial<Record<(typeof QUEUE_PARAMS)[number], string | undefined>> = {}) {
  const params: Record<string, string | undefined> = {};
  for (const key of QUEUE_PARAMS) params[key] = key in changes ? changes[key] : query[key];
  if (params.view === "open") delete params.view;
  if (params.sort === "updated") delete params.sort;
  return params;
}

function hrefOf(params: Record<string, string | undefined>) {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return q.size > 0 ? `/admin?${q}` : "/admin";
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffPage();
  const [t, ta, tt, format, locale, agents, options, queue, counts] = await Promise.all([
    getTranslations("queue"),
    getTranslations("admin"),
    getTranslations("tickets"),
    getFormatter(),
    getLocale(),
    listAgents(),
    listQueueOptions(),
    listQueue(viewer, await searchParams),
    countQueueViews(viewer),
  ]);
  const tn = await getTranslations("notifications");
  const { query } = queue;
  const filtered = QUEUE_FILTERS.some((key) => query[key]);
  const control = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const emptyTitle = filtered
    ? t("empty.filtered")
    : query.view === "unassigned" || query.view === "mine" || query.view === "open"
      ? t(`empty.${query.view}`)
      : t("empty.status");
  const selectField = (name: (typeof QUEUE_FILTERS)[number] | "sort", label: string, choices: { value: string; label: string }[], any = true) => (
    <div className="text-sm">
      <label htmlFor={`queue-${name}`} className="block text-slate-600">{label}</label>
      <select id={`queue-${name}`} name={name} defaultValue={query[name] ?? ""} className={control}>
        {any ? <option value="">{t("any")}</option> : null}
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </div>
  );
  return (
    <ClientMessages area="admin/queue">
      <div className="space-y-4">
        <LiveRefresh topics={["queue"]} waitWhileBusy />
        <h1 className="text-2xl font-semibold">{ta("queueTitle")}</h1>

        <nav aria-label={t("views")} className="-mx-4 overflow-x-auto px-4">
          <ul className="flex gap-1 border-b border-slate-200 text-sm">
            {QUEUE_VIEWS.map((view: QueueView) => {
              const current = view === query.view;
              const count = counts[view as keyof typeof counts];
              return (
                <li key={view}>
                  <Link
                    href={hrefOf(paramsOf(query, { view }))}
                    aria-current={current ? "page" : undefined}
                    className={`-mb-px inline-flex items-center gap-1 whitespace-nowrap border-b-2 px-3 py-2 ${current ? "border-brand font-medium text-brand" : "border-transparent text-slate-600 hover:text-slate-900"}`}
                  >
                    {t(`view.${view}`)}
                    {count !== undefined ? <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-600">{count >= VIEW_COUNT_CAP ? `${VIEW_COUNT_CAP - 1}+` : count}</span> : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>

        <QueueFilters
          label={t("filters")}
          toggleLabel={t("filters")}
          activeCount={QUEUE_FILTERS.filter((key) => query[key]).length}
          className="grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
        >
          <input type="hidden" name="view" value={query.view} />
          <div className="text-sm sm:col-span-2">
            <label htmlFor="queue-q" className="block text-slate-600">{t("search")}</label>
            <input id="queue-q" type="search" name="q" defaultValue={query.q ?? ""} placeholder={t("searchHint")} maxLength={100} className={control} />
            <label className="mt-1 inline-flex items-center gap-2 text-slate-600">
              <QueueCheckbox name="messages" checked={query.messages === "1"} />
              {t("searchMessages")}
            </label>
          </div>
          <div className="text-sm">
            <label htmlFor="queue-requester" className="block text-slate-600">{t("requester")}</label>
            <input id="queue-requester" type="search" name="requester" defaultValue={query.requester ?? ""} placeholder={t("requesterHint")} maxLength={100} className={control} />
          </div>
          {selectField("priority", t("priority"), LEVELS.map((l) => ({ value: l, label: tt(`level.${l}`) })))}
          {selectField("category", t("category"), options.categories.map((c) => ({ value: c.id, label: categoryName(c, locale) })))}
          {selectField("organization", t("organization"), options.organizations.map((o) => ({ value: o.id, label: o.name })))}
          {selectField("olderThan", t("age"), QUEUE_AGES.map((days) => ({ value: days, label: t("olderThan", { days: Number(days) }) })))}
          {selectField("sort", t("sort"), QUEUE_SORTS.map((s) => ({ value: s, label: t(`sortBy.${s}`) })), false)}
          <div className="flex items-end gap-3">
            <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("apply")}</button>
            {filtered ? <Link href={hrefOf({ view: query.view === "open" ? undefined : query.view })} className="text-sm text-brand underline">{t("clear")}</Link> : null}
          </div>
        </QueueFilters>

        <p className="text-sm text-slate-600" aria-live="polite">
          {queue.totalIsLowerBound ? t("resultCountAtLeast", { count: queue.total }) : t("resultCount", { count: queue.total })}
          {query.q && query.messages !== "1" ? (
            <>
              {" "}{t("searchedTicketsOnly")}{" "}
              <Link href={hrefOf(paramsOf(query, { messages: "1" }))} className="text-brand underline">{t("searchMessagesToo")}</Link>
            </>
          ) : null}
        </p>
        {queue.items.length === 0 ? (
          <EmptyState title={emptyTitle}>{t("emptyHint")}</EmptyState>
        ) : (
          <>
            <QueueBulkBar agents={agents} viewerId={viewer.id} />
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="min-w-full text-sm" data-testid="queue">
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th className="w-8 px-3 py-2"><SelectAllOnPage /></th>
                    <th className="px-3 py-2">{t("columns.number")}</th>
                    <th className="px-3 py-2">{t("columns.subject")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.requester")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.status")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.priority")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.assignee")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.created")}</th>
                    <th className="hidden px-3 py-2 sm:table-cell">{t("columns.updated")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {queue.items.map((ticket) => (
                    <tr key={ticket.id} className="hover:bg-slate-50" data-testid="queue-row">
                      <td className="px-3 py-2">
                        <input type="checkbox" name="ids" value={ticket.id} form={BULK_FORM_ID} className="size-4" aria-label={t("selectTicket", { id: ticket.id })} />
                      </td>
                      <td className="px-3 py-2 text-slate-500">{ticket.id}</td>
                      <td className="px-3 py-2 sm:max-w-xs">
                        <Link href={`/admin/tickets/${ticket.id}`} className="line-clamp-2 font-medium text-brand hover:underline">{ticket.subject}</Link>
                        <span className="block text-xs text-slate-500">{categoryName(ticket.category, locale)}</span>
                        {ticket.updatedByCustomer ? (
                          <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900" data-testid="updated-by-customer">{tn("updatedByCustomer")}</span>
                        ) : null}
                        {/* On a phone the other columns fold in here: the list stays one readable column. */}
                        <span className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600 sm:hidden">
                          <StatusBadge status={ticket.status} />
                          <LevelBadge level={ticket.priority} />
                          <span>{ticket.requester.name}</span>
                          <span>· {ticket.assignee?.name ?? t("unassigned")}</span>
                          <span>· {format.relativeTime(ticket.updatedAt)}</span>
                        </span>
                      </td>
                      <td className="hidden px-3 py-2 sm:table-cell">
                        {ticket.requester.name}
                        {ticket.organization ? <span className="block text-xs text-slate-500">{ticket.organization.name}</span> : null}
                      </td>
                      <td className="hidden px-3 py-2 sm:table-cell"><StatusBadge status={ticket.status} /></td>
                      <td className="hidden px-3 py-2 sm:table-cell"><LevelBadge level={ticket.priority} /></td>
                      <td className="hidden px-3 py-2 sm:table-cell">{ticket.assignee?.name ?? <span className="text-slate-600 italic">{t("unassigned")}</span>}</td>
                      <td className="hidden whitespace-nowrap px-3 py-2 text-slate-500 sm:table-cell">{format.relativeTime(ticket.createdAt)}</td>
                      <td className="hidden whitespace-nowrap px-3 py-2 text-slate-500 sm:table-cell">{format.relativeTime(ticket.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <Pagination page={queue.page} pageCount={queue.pageCount} pageCountIsLowerBound={queue.totalIsLowerBound} params={paramsOf(query)} />
      </div>
    </ClientMessages>
  );
}
