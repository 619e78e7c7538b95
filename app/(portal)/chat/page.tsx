import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { listMyConversations, supportOnline } from "@/lib/chat/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { StartChatForm } from "@/components/chat/start-form";
import { LiveLists } from "@/components/chat/live-lists";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("title") };
}

export default async function ChatPage() {
  const viewer = await requirePortalModule("chat");
  const [list, online, t, format] = await Promise.all([listMyConversations(viewer), supportOnline(), getTranslations("chat"), getFormatter()]);
  const items = list?.items ?? [];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LiveLists />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <StartChatForm online={online} limits={attachmentMessageValues()} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("myConversations")}</h2>
        {items.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="chat-list">
            {items.map((c) => (
              <li key={c.id}>
                <Link href={`/chat/${c.id}`} className="block px-4 py-3 hover:bg-slate-50">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={c.status === "WAITING" ? "amber" : c.status === "ACTIVE" ? "green" : "slate"}>{t(`status.${c.status}`)}</Badge>
                    {c.unread ? <Badge tone="blue">{t("unread")}</Badge> : null}
                    {c.agentName ? <span className="text-sm text-slate-600">{t("with", { name: c.agentName })}</span> : null}
                    <time className="ml-auto text-xs text-slate-500" dateTime={c.lastMessageAt}>{format.relativeTime(new Date(c.lastMessageAt))}</time>
                  </div>
                  <p className="mt-1 truncate text-sm text-slate-800">{c.excerpt}</p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
