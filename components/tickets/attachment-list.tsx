import { useTranslations } from "next-intl";
import { Paperclip } from "lucide-react";
import type { AttachmentItem } from "@/lib/tickets/queries";
import { formatSize } from "./format-size";
import { isInlineType } from "@/lib/tickets/attachment-rules";

/**
 * The files of a ticket or of one message, each a download link served by /api/attachments. A plain
 * (not async) server component: a conversation draws one per message, and each async component is
 * a task of its own for React to schedule and a chunk of its own in the page's payload.
 */
export function AttachmentList({ items }: { items: AttachmentItem[] }) {
  const t = useTranslations("tickets");
  if (items.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("attachments.label")}>
      {items.map((a) => (
        <li key={a.id} className="max-w-full">
          <a
            href={`/api/attachments/${a.id}`}
            className="inline-flex max-w-full items-center gap-2 rounded border border-slate-300 bg-slate-50 px-2 py-1 text-sm hover:bg-slate-100"
            data-testid="attachment-link"
          >
            {isInlineType(a.contentType) && a.contentType.startsWith("image/") ? (
              // A thumbnail of the image itself, served by the same checked route as the download.
              // eslint-disable-next-line @next/next/no-img-element -- our own route, any size
              <img src={`/api/attachments/${a.id}`} alt="" loading="lazy" className="h-16 w-16 rounded object-cover" data-testid="attachment-thumbnail" />
            ) : (
              <Paperclip aria-hidden className="h-4 w-4 shrink-0" />
            )}
            <span className="min-w-0 truncate">{a.fileName}</span>
            <span className="shrink-0 text-xs text-slate-500">{formatSize(a.size)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
