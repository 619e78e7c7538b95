import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listConsoleConversations, myAvailability } from "@/lib/chat/queries";
import { CONSOLE_VIEWS } from "@/lib/chat/schema";
import { LiveLists } from "@/components/chat/live-lists";
import { AvailabilitySwitch } from "@/components/chat/availability-switch";
import { AcceptButton } from "@/components/chat/accept-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { CHAT_PAGE_SIZE } from "@/lib/chat/schema";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("console.title") };
}

export default async function ConsoleChatPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffPage();
  const list = await listConsoleConversations(viewer, await searchParams);
  if (!list) notFound();
  const [t, format, availability] = await Promise.all([getTranslations("chat"), getFormatter(), myAvailability(viewer)]);
  return (
    <div className="space-y-4">
      <LiveLists titleCount={list.counts.waiting} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("console.title")}</h1>
        <AvailabilitySwitch current={availability} />
      </div>
      <nav className="flex flex-wrap gap-2" aria-label={t("console.title")}>
        {CONSOLE_VIEWS.map((view) => (
          <Link
            key={view}
            href={`/admin/chat?view=${view}`}
            aria-current={list.view === view ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm ${list.view === view ? "bg-brand text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}
          >
            {t(`console.${view}`)}
            {view === "waiting" ? <span data-testid="waiting-count"> ({list.counts.waiting})</span> : view === "mine" ? ` (${list.counts.mine})` : ""}
          </Link>
        ))}
      </nav>
      {list.items.length === 0 ? (
        <EmptyState title={t("emptyConsole")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="console-chat-list">
          {list.items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/chat/${c.id}`} className="font-medium text-brand hover:underline">{c.requesterName}</Link>
                  <Badge tone={c.status === "WAITING" ? "amber" : c.status === "ACTIVE" ? "green" : "slate"}>{t(`status.${c.status}`)}</Badge>
                  {c.unread && c.status !== "WAITING" ? <Badge tone="blue">{t("unread")}</Badge> : null}
                  {c.ticketId ? <Link href={`/admin/tickets/${c.ticketId}`} className="text-sm text-brand underline">{t("ticketLink", { id: c.ticketId })}</Link> : null}
                  <span className="text-xs text-slate-500">
                    {c.status === "WAITING"
                      ? t("console.waitedFor", { minutes: c.waitedMinutes })
                      : `${c.agent ? c.agent.name : t("console.unassigned")} · ${format.relativeTime(new Date(c.lastMessageAt))}`}
                  </span>
                </div>
                <p className="truncate text-sm text-slate-700">{c.excerpt}</p>
              </div>
              {c.status === "WAITING" ? <AcceptButton conversationId={c.id} /> : <Link href={`/admin/chat/${c.id}`} className="text-sm text-brand underline">{t("console.open")}</Link>}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={Math.max(1, Math.ceil(list.total / CHAT_PAGE_SIZE))} params={{ view: list.view }} />
    </div>
  );
}
