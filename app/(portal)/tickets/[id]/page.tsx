import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getSession, requireViewer } from "@/lib/auth/session";
import { getTicketForPage, ticketTitle } from "@/lib/tickets/queries";
import { markTicketRead } from "@/lib/tickets/service";
import { RequesterActions } from "@/components/tickets/requester-actions";
import { Conversation } from "@/components/tickets/conversation";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { ReplyForm } from "@/components/tickets/reply-form";
import { StatusBadge } from "@/components/tickets/badges";
import { categoryName } from "@/components/tickets/category-name";
import { Alert } from "@/components/ui/alert";
import { TicketFields } from "@/components/tickets/ticket-fields";
import { LiveRefresh } from "@/components/live-refresh";
import { getMyAsset } from "@/lib/assets/queries";
import { portalModulesFor } from "@/lib/portal/modules";
import { getTicketFieldValues } from "@/lib/request-types/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  const title = viewer ? await ticketTitle(viewer, (await params).id) : null;
  return { title: title ?? (await getTranslations("look"))("notFoundTitle") };
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const ticket = await getTicketForPage(viewer, (await params).id);
  if (!ticket) notFound();
  const isRequester = ticket.requester.id === viewer.id;
  const locale = await getLocale();
  const [t, tl, format, fieldValues] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("look.ticket"),
    getFormatter(),
    getTicketFieldValues(viewer, ticket.id, locale),
    isRequester ? markTicketRead(viewer, ticket.id) : null,
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // Once resolved, the requester gets one choice (rate or reopen); colleagues may still reply.
  const offerReply = ticket.status !== "CLOSED" && !(isRequester && ticket.status === "RESOLVED");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LiveRefresh topics={[`ticket:${ticket.id}`]} />
      <Link href="/tickets" className="text-sm text-brand hover:underline" data-print="hide">
        ← {t("myTickets")}
      </Link>
      <div className="space-y-2">
        <h1 className="break-words text-2xl font-semibold">
          <span className="text-slate-500">#{ticket.id}</span> {ticket.subject}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={ticket.status} />
          <span>{categoryName(ticket.category, locale)}</span>
          {ticket.assignee ? <span>· {t("assignedTo", { name: ticket.assignee.name })}</span> : null}
        </div>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600" data-testid="ticket-facts">
          <div className="flex gap-1">
            <dt>{tl("urgency")}:</dt>
            <dd className="font-medium text-slate-800">{t(`level.${ticket.urgency}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{tl("created")}:</dt>
            <dd><time dateTime={ticket.createdAt.toISOString()}>{when(ticket.createdAt)}</time></dd>
          </div>
          <div className="flex gap-1">
            <dt>{tl("updated")}:</dt>
            <dd><time dateTime={ticket.updatedAt.toISOString()}>{when(ticket.updatedAt)}</time></dd>
          </div>
        </dl>
      </div>
      {ticket.asset ? (
        <p className="text-sm" data-testid="ticket-asset">
          <span className="text-slate-500">{t("asset")}:</span>{" "}
          {isRequester && (await getMyAsset(viewer, ticket.asset.id)) && (await portalModulesFor(viewer.id)).assets ? (
            <Link href={`/assets/${ticket.asset.id}`} className="text-brand hover:underline">{ticket.asset.tag} · {ticket.asset.name}</Link>
          ) : (
            <span>{ticket.asset.tag} · {ticket.asset.name}</span>
          )}
        </p>
      ) : null}
      <TicketFields values={fieldValues} />
      <Conversation ticket={ticket} />
      {isRequester ? <RequesterActions ticketId={ticket.id} status={ticket.status} rating={ticket.rating} ratingComment={ticket.ratingComment} /> : null}
      {ticket.status === "CLOSED" ? <Alert>{t("closedNotice")}</Alert> : null}
      {offerReply ? <ReplyForm ticketId={ticket.id} allowInternal={false} limits={attachmentMessageValues()} /> : null}
    </div>
  );
}
