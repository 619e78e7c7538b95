import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TicketListItem } from "@/lib/tickets/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "./badges";
import { categoryName } from "./category-name";

type Props = {
  items: (TicketListItem & { unread?: boolean })[];
  hrefBase: string;
  /** Whose tickets are not theirs: a colleague's ticket shows its requester's name. */
  viewerId?: string;
};

/** The requester's view of a list of tickets: cards that read well from phone to desktop. */
export async function TicketList({ items, hrefBase, viewerId }: Props) {
  const [t, tc, format, locale] = await Promise.all([getTranslations("tickets"), getTranslations("organizations.sharing"), getFormatter(), getLocale()]);
  if (items.length === 0) {
    return (
      <EmptyState title={t("emptyTitle")}>
        <Link href="/tickets/new" className="text-brand hover:underline">
          {t("emptyAction")}
        </Link>
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="ticket-list">
      {items.map((ticket) => (
        <li key={ticket.id}>
          <Link href={`${hrefBase}/${ticket.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50">
            <span className="text-sm text-slate-500">#{ticket.id}</span>
            <span className={`min-w-0 flex-1 truncate ${ticket.unread ? "font-bold" : "font-medium"}`}>{ticket.subject}</span>
            {ticket.unread ? (
              <span className="rounded-full bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-800" data-testid="unread-marker">
                {t("mine.newReply")}
              </span>
            ) : null}
            <StatusBadge status={ticket.status} />
            <span className="w-full text-xs text-slate-500 sm:w-auto">
              {viewerId && ticket.requester.id !== viewerId ? (
                <span data-testid="ticket-requester">{tc("requestedBy", { name: ticket.requester.name })} · </span>
              ) : null}
              {categoryName(ticket.category, locale)} · {t("updated", { when: format.relativeTime(ticket.updatedAt) })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
