import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { listMyNotes } from "@/lib/notes/queries";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata() {
  return { title: (await getTranslations("notes"))("title") };
}

export default async function MyNotesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePortalModule("notes");
  const [t, format, list] = await Promise.all([getTranslations("notes"), getFormatter(), listMyNotes(viewer, (await searchParams).page)]);
  const notes = list.items;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("portalIntro")}</p>
      {notes.length === 0 ? <EmptyState title={list.total > 0 ? t("pageEmpty") : t("empty")} /> : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="my-notes">
          {notes.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center gap-2 p-4">
              <Link href={`/notes/${n.id}`} className="break-words font-medium text-brand hover:underline">{n.title}</Link>
              {n.isNew ? <Badge tone="blue">{t("new")}</Badge> : null}
              <span className="text-xs text-slate-500">{t("updatedOn", { date: format.dateTime(n.updatedAt, { dateStyle: "medium" }) })}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{}} />
    </div>
  );
}
