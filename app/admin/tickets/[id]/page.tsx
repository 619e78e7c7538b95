import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getSession, requireStaffPage } from "@/lib/auth/session";
import { getTicketForPage, ticketTitle } from "@/lib/tickets/queries";
import { listAgents } from "@/lib/tickets/choices";
import { markTicketSeenByAgent } from "@/lib/tickets/service";
import { Conversation } from "@/components/tickets/conversation";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { ReplyForm } from "@/components/tickets/reply-form";
import { StatusBadge, LevelBadge } from "@/components/tickets/badges";
import { categoryName } from "@/components/tickets/category-name";
import { TicketPropertiesForm } from "@/components/admin/ticket-properties-form";
import { RequesterCard } from "@/components/admin/desk/requester-card";
import { getRequesterCard } from "@/lib/tickets/requester-queries";
import { listCannedChoices } from "@/lib/canned/queries";
import { TicketFields } from "@/components/tickets/ticket-fields";
import { getTicketFieldValues } from "@/lib/request-types/queries";
import { chatOfTicket } from "@/lib/chat/queries";
import { RequesterAssets } from "@/components/admin/assets/requester-assets";
import { TicketLive } from "@/components/admin/desk/ticket-live";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  const title = viewer ? await ticketTitle(viewer, (await params).id) : null;
  return { title: title ?? (await getTranslations("look"))("notFoundTitle") };
}

export default async function AdminTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const ticket = await getTicketForPage(viewer, (await params).id);
  if (!ticket) notFound();
  await markTicketSeenByAgent(viewer, ticket.id);
  const locale = await getLocale();
  const [t, agents, card, cannedChoices, chat, tc, fieldValues] = await Promise.all([
    getTranslations("tickets"),
    listAgents(),
    getRequesterCard(viewer, { id: ticket.id, requesterId: ticket.requester.id }),
    listCannedChoices(viewer),
    chatOfTicket(viewer, ticket.id),
    getTranslations("chat"),
    getTicketFieldValues(viewer, ticket.id, locale),
  ]);
  const urgencyNote = t("urgencyGiven", { urgency: t(`level.${ticket.urgency}`) });
  return (
    <div className="space-y-6">
      <Link href="/admin" className="text-sm text-brand hover:underline">← {t("backToQueue")}</Link>
      <div className="space-y-2">
        <h1 className="break-words text-2xl font-semibold">
          <span className="text-slate-500">#{ticket.id}</span> {ticket.subject}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={ticket.status} />
          <LevelBadge level={ticket.priority} />
          <span>{categoryName(ticket.category, locale)}</span>
          {chat ? <Link href={`/admin/chat/${chat.id}`} className="text-brand underline">{tc("openChat")}</Link> : null}
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-6">
          <Conversation ticket={ticket} />
          {/* The page's one live stream: it redraws the ticket and tells who else is on it. */}
          <TicketLive ticketId={ticket.id} />
          <ReplyForm ticketId={ticket.id} allowInternal limits={attachmentMessageValues()} staffTools={{ cannedChoices }} />
        </div>
        <aside className="space-y-4">
          {ticket.asset ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="ticket-asset">
              <span className="text-slate-500">{t("asset")}:</span>{" "}
              <Link href={`/admin/assets/${ticket.asset.id}`} className="text-brand hover:underline">{ticket.asset.tag} · {ticket.asset.name}</Link>
            </p>
          ) : null}
          <TicketFields values={fieldValues} />
          {card ? <RequesterCard card={card} urgencyNote={urgencyNote} /> : null}
          <RequesterAssets viewer={viewer} requesterId={ticket.requester.id} />
          <TicketPropertiesForm
            ticket={{ id: ticket.id, version: ticket.version, status: ticket.status, priority: ticket.priority, assigneeId: ticket.assignee?.id ?? "" }}
            agents={agents}
          />
        </aside>
      </div>
    </div>
  );
}
