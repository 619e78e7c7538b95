"use client";

import { useTranslations, useFormatter } from "next-intl";
import { LinkedText } from "@/components/tickets/linked-text";
import { formatSize } from "@/components/tickets/format-size";
import type { ChatMessageItem } from "@/lib/chat/queries";

/** The messages of a conversation; the text is always text, its links made safe as on tickets. */
export function MessageList({ messages, otherReadSeq, staff }: { messages: ChatMessageItem[]; otherReadSeq: number; staff: boolean }) {
  const t = useTranslations("chat");
  const format = useFormatter();
  const lastMineRead = Math.max(0, ...messages.filter((m) => m.mine && m.kind !== "EVENT" && m.seq <= otherReadSeq).map((m) => m.seq));
  return (
    <ol className="space-y-3" aria-live="polite" data-testid="chat-messages">
      {messages.map((m) => {
        if (m.kind === "EVENT") {
          return (
            <li key={m.seq} className="text-center text-xs text-slate-500" data-testid="chat-event">
              {m.event ? t(`events.${m.event.event}`, { name: m.event.name ?? t("system"), ticketId: m.event.ticketId ?? 0 }) : null}
            </li>
          );
        }
        const internal = m.kind === "INTERNAL";
        const who = m.mine ? t("you") : m.fromSupport && !staff ? (m.authorName ?? t("support")) : (m.authorName ?? t("system"));
        return (
          <li key={m.seq} className={`flex ${m.mine ? "justify-end" : "justify-start"}`} data-testid="chat-message" data-seq={m.seq}>
            <div
              className={`max-w-[85%] rounded-lg px-3 py-2 text-sm shadow-sm ${
                internal ? "border border-amber-300 bg-amber-50" : m.mine ? "border border-sky-200 bg-sky-50" : "border border-slate-200 bg-white"
              }`}
            >
              <p className="mb-1 text-xs text-slate-600">
                {who}
                {internal ? ` · ${t("internalNote")}` : ""} · <time dateTime={m.createdAt}>{format.dateTime(new Date(m.createdAt), { hour: "2-digit", minute: "2-digit" })}</time>
              </p>
              <p className="whitespace-pre-wrap break-words">
                <LinkedText text={m.body} />
              </p>
              {m.attachments.length > 0 ? (
                <ul className="mt-2 space-y-1" aria-label={t("attachments")}>
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/api/chat/attachments/${a.id}`} className="text-brand underline">
                        {a.fileName}
                      </a>{" "}
                      <span className="text-xs text-slate-600">({formatSize(a.size)})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {m.seq === lastMineRead ? <p className="mt-1 text-right text-xs text-slate-600" data-testid="chat-read">{t("read")}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
