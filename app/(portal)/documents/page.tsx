import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { listMyDocuments } from "@/lib/documents/queries";
import { isInlineType } from "@/lib/tickets/attachment-rules";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { formatSize } from "@/components/tickets/format-size";

export async function generateMetadata() {
  return { title: (await getTranslations("documents"))("title") };
}

/** The documents assigned to me (directly, through my organization or my kind). */
export default async function MyDocumentsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePortalModule("documents");
  const [t, format, list] = await Promise.all([getTranslations("documents"), getFormatter(), listMyDocuments(viewer, (await searchParams).page)]);
  const docs = list.items;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("portalIntro")}</p>
      {docs.length === 0 ? <EmptyState title={list.total > 0 ? t("pageEmpty") : t("empty")} /> : (
        <ul className="space-y-3" data-testid="my-documents">
          {docs.map((d) => (
            <li key={d.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="break-words font-medium">{d.title}</h2>
                {d.marker ? <Badge tone={d.marker === "new" ? "blue" : "amber"}>{t(d.marker)}</Badge> : null}
                {d.category ? <Badge>{d.category}</Badge> : null}
              </div>
              {d.description ? <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{d.description}</p> : null}
              <p className="text-xs text-slate-500">
                {t("version", { number: d.current.number })} · {d.current.fileName} · {formatSize(d.current.size)} · {t("updatedOn", { date: format.dateTime(d.current.createdAt, { dateStyle: "medium" }) })}
              </p>
              <div className="flex flex-wrap gap-3 text-sm">
                {isInlineType(d.current.contentType) ? (
                  <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener" className="font-medium text-brand hover:underline">{t("view")}<span className="sr-only">: {d.title}</span></a>
                ) : null}
                <a href={`/api/documents/${d.id}?download=1`} className="font-medium text-brand hover:underline">{t("download")}<span className="sr-only">: {d.title}</span></a>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{}} />
    </div>
  );
}
