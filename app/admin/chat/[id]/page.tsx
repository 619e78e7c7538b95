import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getConversation, listChatAgents, listConsoleConversations, listConvertCategories } from "@/lib/chat/queries";
import { listCannedChoices } from "@/lib/canned/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { ChatThread } from "@/components/chat/chat-thread";
import { Badge } from "@/components/ui/badge";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("console.title") };
}

export default async function ConsoleConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const conversation = await getConversation(viewer, (await params).id);
  if (!conversation) notFound();
  const [t, agents, categories, cannedChoices, mine] = await Promise.all([
    getTranslations("chat"),
    listChatAgents(),
    getLocale().then(listConvertCategories),
    listCannedChoices(viewer),
    listConsoleConversations(viewer, { view: "mine" }),
  ]);
  const first = conversation.messages.find((m) => m.kind === "PUBLIC");
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="space-y-2 lg:order-none">
        <Link href="/admin/chat" className="text-sm text-brand hover:underline">← {t("back")}</Link>
        <h2 className="text-sm font-semibold">{t("console.openConversations")}</h2>
        <ul className="space-y-1" data-testid="my-open-chats">
          {(mine?.items ?? []).map((c) => (
            <li key={c.id}>
              <Link
                href={`/admin/chat/${c.id}`}
                aria-current={c.id === conversation.state.id ? "page" : undefined}
                className={`flex items-center gap-2 rounded px-2 py-1 text-sm ${c.id === conversation.state.id ? "bg-slate-200" : "hover:bg-slate-100"}`}
              >
                <span className="truncate">{c.requesterName}</span>
                {c.unread ? <Badge tone="blue">{t("unread")}</Badge> : null}
              </Link>
            </li>
          ))}
        </ul>
      </aside>
      <div className="min-w-0 space-y-3">
        <h1 className="text-2xl font-semibold">{t("console.title")}</h1>
        <ChatThread
          key={conversation.state.id}
          initialMessages={conversation.messages}
          initialState={conversation.state}
          staff
          limits={attachmentMessageValues()}
          staffTools={{
            agents: agents.map((a) => ({ id: a.id, name: a.name })),
            categories,
            defaultSubject: (first?.body ?? "").replace(/\s+/g, " ").slice(0, 120),
            cannedChoices,
          }}
        />
      </div>
    </div>
  );
}
