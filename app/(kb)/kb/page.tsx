import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getKbHome } from "@/lib/kb/queries";
import { categoryName } from "@/components/tickets/category-name";
import { SearchBox } from "@/components/kb/search-box";
import { ArticleList } from "@/components/kb/article-list";
import { EmptyState } from "@/components/ui/empty-state";
import { kbReader } from "./reader";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("title") };
}

export default async function KbHome() {
  const { audience, locale } = await kbReader("/kb");
  const [t, home] = await Promise.all([getTranslations("kb"), getKbHome(audience, locale)]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} button={t("searchButton")} />
      {home.categories.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : (
        <>
          <section className="space-y-3">
            <h2 className="text-lg font-semibold">{t("categories")}</h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="kb-categories">
              {home.categories.map((c) => (
                <li key={c.id}>
                  <Link href={`/kb/category/${c.slug}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand">
                    <span className="font-medium text-slate-900">{categoryName(c, locale)}</span>
                    <span className="block text-sm text-slate-600">{t("articleCount", { count: c.articleCount })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <div className="grid gap-6 lg:grid-cols-2">
            <section className="space-y-3">
              <h2 className="text-lg font-semibold">{t("popular")}</h2>
              <ArticleList items={home.popular} testId="kb-popular" />
            </section>
            <section className="space-y-3">
              <h2 className="text-lg font-semibold">{t("recent")}</h2>
              <ArticleList items={home.recent} testId="kb-recent" />
            </section>
          </div>
        </>
      )}
    </div>
  );
}
