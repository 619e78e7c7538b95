import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCategoryPage } from "@/lib/kb/queries";
import { pageSchema } from "@/lib/kb/schema";
import { categoryName } from "@/components/tickets/category-name";
import { ArticleList } from "@/components/kb/article-list";
import { Pagination } from "@/components/ui/pagination";
import { kbReader } from "../../reader";

export default async function KbCategoryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }) {
  const { slug } = await params;
  const { audience, locale } = await kbReader(`/kb/category/${slug}`);
  const page = pageSchema.parse((await searchParams).page);
  const [t, data] = await Promise.all([getTranslations("kb"), getCategoryPage(audience, locale, slug, page)]);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <Link href="/kb" className="text-sm text-brand hover:underline">← {t("backToKb")}</Link>
      <h1 className="text-2xl font-semibold">{categoryName(data.category, locale)}</h1>
      <p className="text-sm text-slate-600">{t("articleCount", { count: data.total })}</p>
      <ArticleList items={data.items} testId="kb-category-articles" />
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        params={{}}
      />
    </div>
  );
}
