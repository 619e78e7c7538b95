import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listAgents, listQueue } from "@/lib/tickets/queries";
import { LEVELS, STATUSES, queueFilterSchema } from "@/lib/tickets/schema";
import { LevelBadge, StatusBadge } from "@/components/tickets/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Search = { status?: string; priority?: string; assignee?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("queueTitle") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const filter = queueFilterSchema.parse(search);
  const [t, tt, format, agents, queue] = await Promise.all([
    getTranslations("admin"),
    getTranslations("tickets"),
    getFormatter(),
    listAgents(),
    listQueue(viewer, filter),
  ]);
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("queueTitle")}</h1>
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("filters")}>
        <label className="text-sm">
          <span className="block text-slate-600">{tt("statusLabel")}</span>
          <select name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="active">{t("activeTickets")}</option>
            <option value="">{t("any")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{tt(`status.${s}`)}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{tt("assignee")}</span>
          <select name="assignee" defaultValue={filter.assignee ?? ""} className={select}>
            <option value="">{t("any")}</option>
            <option value="me">{t("assignedToMe")}</option>
            <option value="none">{tt("unassigned")}</option>
            {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">{tt("priority")}</span>
          <select name="priority" defaultValue={filter.priority ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{tt(`level.${l}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">{t("applyFilters")}</button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("resultCount", { count: queue.total })}</p>
      {queue.items.length === 0 ? (
        <EmptyState title={t("queueEmpty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="queue">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2">#</th>
                <th className="px-3 py-2">{tt("subject")}</th>
                <th className="px-3 py-2">{tt("requester")}</th>
                <th className="px-3 py-2">{tt("statusLabel")}</th>
                <th className="px-3 py-2">{tt("priority")}</th>
                <th className="px-3 py-2">{tt("assignee")}</th>
                <th className="px-3 py-2">{tt("lastUpdate")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.items.map((ticket) => (
                <tr key={ticket.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2 text-slate-500">{ticket.id}</td>
                  <td className="max-w-xs truncate px-3 py-2">
                    <Link href={`/admin/tickets/${ticket.id}`} className="font-medium text-brand hover:underline">{ticket.subject}</Link>
                  </td>
                  <td className="px-3 py-2">{ticket.requester.name}</td>
                  <td className="px-3 py-2"><StatusBadge status={ticket.status} /></td>
                  <td className="px-3 py-2"><LevelBadge level={ticket.priority} /></td>
                  <td className="px-3 py-2">{ticket.assignee?.name ?? <span className="text-slate-400">{tt("unassigned")}</span>}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-500">{format.relativeTime(ticket.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        params={{ status: search.status, priority: search.priority, assignee: search.assignee }}
      />
    </div>
  );
}
