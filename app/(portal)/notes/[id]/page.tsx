import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { openMyNote } from "@/lib/notes/queries";
import { renderArticleHtml } from "@/lib/kb/markdown";
import { ArticleBody } from "@/components/kb/article-body";

export async function generateMetadata() {
  return { title: (await getTranslations("notes"))("title") };
}

/** One of my notes; another person's note is the same 404 as an unknown one. Opening marks it read. */
export default async function MyNotePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePortalModule("notes");
  const [note, t, format] = await Promise.all([openMyNote(viewer, (await params).id), getTranslations("notes"), getFormatter()]);
  if (!note) notFound();
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <Link href="/notes" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="break-words text-2xl font-semibold">{note.title}</h1>
      <p className="text-xs text-slate-500">{t("from", { name: note.author.name })} · {t("updatedOn", { date: format.dateTime(note.updatedAt, { dateStyle: "medium" }) })}</p>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <ArticleBody html={renderArticleHtml(note.body)} />
      </div>
    </article>
  );
}
