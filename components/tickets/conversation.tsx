import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TicketDetail } from "@/lib/tickets/queries";
import { AttachmentList } from "./attachment-list";
import { LinkedText } from "./linked-text";

type Entry =
  | { kind: "message"; at: Date; message: TicketDetail["messages"][number] }
  | { kind: "event"; at: Date; event: TicketDetail["events"][number] };

/**
 * The ticket's history in time order: the description, the messages the viewer may read and the
 * changes of status, priority and assignee. Text is rendered as text (React escapes it).
 *
 * A plain (not async) server component, like AttachmentList: an async one is a task of its own for
 * React to schedule, and every ticket page draws this one.
 */
export function Conversation({ ticket }: { ticket: TicketDetail }) {
  const t = useTranslations("tickets");
  const format = useFormatter();
  const locale = useLocale();
  const entries: Entry[] = [
    ...ticket.messages.map((message) => ({ kind: "message" as const, at: message.createdAt, message })),
    ...ticket.events.filter((e) => e.type !== "CREATED").map((event) => ({ kind: "event" as const, at: event.createdAt, event })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const value = (type: string, v: string | null) => {
    if (type === "STATUS" && v) return t(`status.${v}` as "status.NEW");
    if (type === "PRIORITY" && v) return t(`level.${v}` as "level.LOW");
    if (type === "ASSIGNEE") return v ? ticket.assigneeNames[v] ?? t("unknownAgent") : t("unassigned");
    return v ?? "";
  };

  return (
    <ol className="space-y-4" aria-label={t("history")} lang={locale}>
      <li className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-500">
          <span className="font-medium text-slate-800">{ticket.requester.name}</span> · {when(ticket.createdAt)}
        </p>
        <p className="mt-2 whitespace-pre-wrap break-words">
          <LinkedText text={ticket.description} />
        </p>
        {ticket.attachments.length ? <AttachmentList items={ticket.attachments} /> : null}
      </li>
      {entries.map((entry) =>
        entry.kind === "message" ? (
          <li
            key={entry.message.id}
            data-testid="ticket-message"
            className={`rounded-lg border p-4 ${entry.message.internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
          >
            <p className="text-sm text-slate-500">
              <span className="font-medium text-slate-800">{entry.message.author.name}</span> · {when(entry.message.createdAt)}
              {entry.message.internal ? <span className="ml-2 font-medium text-amber-800">{t("internalNote")}</span> : null}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">
              <LinkedText text={entry.message.body} />
            </p>
            {entry.message.attachments.length ? <AttachmentList items={entry.message.attachments} /> : null}
          </li>
        ) : (
          <li key={entry.event.id} className="px-4 text-sm text-slate-600">
            {t(`event.${entry.event.type}` as "event.STATUS", {
              actor: entry.event.actor?.name ?? t("systemActor"),
              from: value(entry.event.type, entry.event.fromValue),
              to: value(entry.event.type, entry.event.toValue),
            })}{" "}
            · {when(entry.event.createdAt)}
          </li>
        ),
      )}
    </ol>
  );
}
