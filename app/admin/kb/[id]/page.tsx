import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getArticleForEditing } from "@/lib/kb/queries";
import { ArticleEditor } from "@/components/admin/kb/article-editor";
import { KbSubnav } from "@/components/admin/kb/kb-subnav";
import { editorOptions } from "../editor-options";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("admin.title") };
}

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage();
  const article = await getArticleForEditing((await params).id);
  if (!article) notFound();
  const locale = await getLocale();
  const [t, format, options, { saved }] = await Promise.all([getTranslations("kb.admin"), getFormatter(), editorOptions(locale, article.id), searchParams]);
  const translationOf = article.translations[0]?.id ?? "";
  return (
    <div className="space-y-4">
      <h1 className="break-words text-2xl font-semibold">{t("editArticle")}: {article.title}</h1>
      <KbSubnav />
      <p className="text-sm text-slate-600">
        {t("author", { name: article.author.name })} · {t("views", { count: article.viewCount })}
        {article.state === "PUBLISHED" ? (
          <> · <Link href={`/kb/${article.slug}?lang=${article.locale}`} className="text-brand hover:underline">{t("view")}</Link></>
        ) : null}
      </p>
      {article.translations.length ? (
        <p className="text-sm text-slate-600">
          {t("translations")}:{" "}
          {article.translations.map((tr) => (
            <Link key={tr.id} href={`/admin/kb/${tr.id}`} className="mr-2 text-brand hover:underline">{tr.title} ({tr.locale.toUpperCase()})</Link>
          ))}
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <ArticleEditor
          {...options}
          justSaved={saved === "1"}
          initial={{
            id: article.id, title: article.title, slug: article.slug, body: article.body, locale: article.locale,
            categoryId: article.categoryId, state: article.state, visibility: article.visibility,
            organizationIds: article.organizations.map((o) => o.organizationId), translationOf,
          }}
        />
        <section className="space-y-3" aria-labelledby="history">
          <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
          {article.revisions.length === 0 ? (
            <p className="text-sm text-slate-500">{t("historyEmpty")}</p>
          ) : (
            <ol className="space-y-2 text-sm" data-testid="kb-history">
              {article.revisions.map((r) => (
                <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <p className="text-slate-500">{format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" })}</p>
                  <p>{t("historyEntry", { editor: r.editor.name, title: r.title, state: t(`state.${r.state}`), visibility: t(`visibilityShort.${r.visibility}`) })}</p>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand">{t("showText")}</summary>
                    <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">{r.body}</pre>
                  </details>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
