import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCategoryPage } from "@/lib/kb/queries";
import { pageSchema } from "@/lib/kb/schema";
import { categoryName } from "@/components/tickets/category-name";
import { ArticleList } from "@/components/kb/article-list";
import { Pagination } from "@/components/ui/pagination";
import { kbReader } from "../../reader";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

// One read per request for the page and its title.
const readCategory = cache(async (slug: string, rawPage: string | undefined) => {
  const { audience, locale } = await kbReader(`/kb/category/${slug}`);
  return { locale, data: await getCategoryPage(audience, locale, slug, pageSchema.parse(rawPage)) };
});

export async function generateMetadata({ params, searchParams }: Props) {
  const { locale, data } = await readCategory((await params).slug, (await searchParams).page);
  return { title: data ? categoryName(data.category, locale) : (await getTranslations("look"))("notFoundTitle") };
}

export default async function KbCategoryPage({ params, searchParams }: Props) {
  const [{ locale, data }, t] = await Promise.all([readCategory((await params).slug, (await searchParams).page), getTranslations("kb")]);
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
