import { cache } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getArticleForReader, getOwnFeedback } from "@/lib/kb/queries";
import { recordView } from "@/lib/kb/service";
import { isLocale } from "@/lib/i18n/locales";
import { categoryName } from "@/components/tickets/category-name";
import { ArticleBody } from "@/components/kb/article-body";
import { ArticleList } from "@/components/kb/article-list";
import { FeedbackForm } from "@/components/kb/feedback-form";
import { kbReader } from "../reader";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> };

// One read per request for the page and its title.
const readArticle = cache(async (slug: string, lang: string | undefined) => {
  const reader = await kbReader(`/kb/${slug}`);
  const chosenLang = isLocale(lang) ? lang : undefined;
  return { ...reader, chosenLang, article: await getArticleForReader(reader.audience, slug, reader.locale, chosenLang) };
});

export async function generateMetadata({ params, searchParams }: Props) {
  const { article } = await readArticle((await params).slug, (await searchParams).lang);
  return { title: article?.title ?? (await getTranslations("look"))("notFoundTitle") };
}

export default async function KbArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { viewer, locale, chosenLang, article } = await readArticle(slug, (await searchParams).lang);
  // A visitor may be able to read it once signed in; the redirect says nothing about whether it exists.
  if (!article && !viewer) redirect(`/login?callbackUrl=${encodeURIComponent(`/kb/${slug}`)}`);
  if (!article) notFound();
  // Reached in another language than the reader's while theirs exists: go to theirs.
  const own = article.translations.find((tr) => tr.locale === locale);
  if (!chosenLang && article.locale !== locale && own) redirect(`/kb/${own.slug}`);
  const [t, format, feedback] = await Promise.all([
    getTranslations("kb"),
    getFormatter(),
    viewer ? getOwnFeedback(viewer.id, article.id) : null,
    recordView(viewer, article.id),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <article className="min-w-0 space-y-4" lang={article.locale}>
        <nav className="text-sm">
          <Link href="/kb" className="text-brand hover:underline">{t("backToKb")}</Link>
          <span className="text-slate-600" aria-hidden> / </span>
          <Link href={`/kb/category/${article.category.slug}`} className="text-brand hover:underline">{categoryName(article.category, locale)}</Link>
        </nav>
        <h1 className="break-words text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-500">{t("updated", { date: format.dateTime(article.updatedAt, { dateStyle: "medium" }) })}</p>
        {article.translations.length ? (
          <p className="text-sm text-slate-600">
            {t("alsoIn")}{" "}
            {article.translations.map((tr) => (
              <Link key={tr.locale} href={`/kb/${tr.slug}?lang=${tr.locale}`} hrefLang={tr.locale} className="mr-2 text-brand hover:underline">
                {t(`languages.${isLocale(tr.locale) ? tr.locale : "en"}`)}
              </Link>
            ))}
          </p>
        ) : null}
        <ArticleBody html={article.html} />
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          {viewer ? (
            feedback ? <p className="text-sm text-slate-700" role="status">{t("feedback.alreadyGiven")}</p> : <FeedbackForm articleId={article.id} />
          ) : (
            <p className="text-sm text-slate-600">
              <Link href={`/login?callbackUrl=${encodeURIComponent(`/kb/${article.slug}`)}`} className="text-brand hover:underline">{t("feedback.signInToRate")}</Link>
            </p>
          )}
        </section>
      </article>
      <aside className="space-y-3">
        {article.related.length ? (
          <>
            <h2 className="text-lg font-semibold">{t("related")}</h2>
            <ArticleList items={article.related} testId="kb-related" />
          </>
        ) : null}
      </aside>
    </div>
  );
}
