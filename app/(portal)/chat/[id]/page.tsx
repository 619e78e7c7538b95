import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { getConversation } from "@/lib/chat/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { ChatThread } from "@/components/chat/chat-thread";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("title") };
}

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePortalModule("chat");
  const conversation = await getConversation(viewer, (await params).id);
  // Staff read conversations in the console; here, as anywhere, not theirs is not found.
  if (!conversation || viewer.role !== "CUSTOMER") notFound();
  const t = await getTranslations("chat");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/chat" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ChatThread key={conversation.state.id} initialMessages={conversation.messages} initialState={conversation.state} staff={false} limits={attachmentMessageValues()} />
    </div>
  );
}
