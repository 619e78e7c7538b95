import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ArticleCard } from "@/lib/kb/queries";

/** Articles as links; one in another language than the reader's says which (it has no translation). */
export async function ArticleList({ items, testId }: { items: ArticleCard[]; testId?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("look.kb")]);
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {items.map((a) => (
        <li key={a.id} className="px-4 py-3">
          <Link href={`/kb/${a.slug}`} lang={a.locale} className="font-medium text-brand hover:underline">{a.title}</Link>
          {a.locale !== locale ? (
            <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="other-language">
              {t("otherLanguage", { language: t(`languageNames.${a.locale === "es" ? "es" : "en"}`) })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
