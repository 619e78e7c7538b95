import { getTranslations } from "next-intl/server";
import type { AttachmentItem } from "@/lib/tickets/queries";
import { formatSize } from "./format-size";

/** The files of a ticket or of one message, each a download link served by /api/attachments. */
export async function AttachmentList({ items }: { items: AttachmentItem[] }) {
  if (items.length === 0) return null;
  const t = await getTranslations("tickets");
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("attachments.label")}>
      {items.map((a) => (
        <li key={a.id} className="max-w-full">
          <a
            href={`/api/attachments/${a.id}`}
            className="inline-flex max-w-full items-center gap-2 rounded border border-slate-300 bg-slate-50 px-2 py-1 text-sm hover:bg-slate-100"
            data-testid="attachment-link"
          >
            <span aria-hidden>📎</span>
            <span className="min-w-0 truncate">{a.fileName}</span>
            <span className="shrink-0 text-xs text-slate-500">{formatSize(a.size)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
