import Link from "next/link";
import { headers } from "next/headers";
import { clientIpOf } from "@/lib/auth/client-ip";
import { getTranslations } from "next-intl/server";
import { searchArticles } from "@/lib/kb/search";
import { logFailedSearch } from "@/lib/kb/service";
import { pageSchema, searchQuerySchema } from "@/lib/kb/schema";
import { Highlighted } from "@/components/kb/highlighted";
import { SearchBox } from "@/components/kb/search-box";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { kbReader } from "../reader";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("searchTitle") };
}

export default async function KbSearchPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const search = await searchParams;
  const query = searchQuerySchema.parse(search.q);
  const page = pageSchema.parse(search.page);
  const { viewer, audience, locale } = await kbReader(`/kb/search?q=${encodeURIComponent(query)}`);
  const [t, tl, result] = await Promise.all([
    getTranslations("kb"),
    getTranslations("look.kb"),
    searchArticles(audience, query, { locale, page }),
  ]);
  if (query && result.total === 0 && page === 1) await logFailedSearch(query, viewer ? `user:${viewer.id}` : `ip:${clientIpOf(await headers())}`);
  return (
    <div className="space-y-4">
      <Link href="/kb" className="text-sm text-brand hover:underline">← {t("backToKb")}</Link>
      <h1 className="text-2xl font-semibold">{t("searchTitle")}</h1>
      <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} button={t("searchButton")} defaultValue={query} />
      {!query ? (
        <p className="text-slate-600">{t("enterQuery")}</p>
      ) : (
        <>
          {/* The count once: an empty result says it in its own box, not twice. */}
          {result.items.length > 0 ? <p className="text-sm text-slate-600" aria-live="polite">{t("resultCount", { count: result.total, query })}</p> : null}
          {result.items.length === 0 ? (
            <EmptyState title={t("resultCount", { count: 0, query })}>
              <p>{t("noResultsText")}</p>
              {viewer ? <Link href="/tickets/new" className="mt-2 inline-block text-brand hover:underline">{t("openTicket")}</Link> : null}
            </EmptyState>
          ) : (
            <ol className="space-y-3" data-testid="kb-results">
              {result.items.map((hit) => (
                <li key={hit.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <Link href={`/kb/${hit.slug}?lang=${hit.locale}`} lang={hit.locale} className="font-medium text-brand hover:underline">
                    <Highlighted segments={hit.title} />
                  </Link>
                  {hit.locale !== locale ? (
                    // Ranked after the reader's language by lib/kb/search.ts; said so here.
                    <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="other-language">
                      {tl("otherLanguage", { language: tl(`languageNames.${hit.locale === "es" ? "es" : "en"}`) })}
                    </span>
                  ) : null}
                  <p className="mt-1 text-sm text-slate-700" lang={hit.locale}><Highlighted segments={hit.snippet} /></p>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            params={{ q: query }}
          />
        </>
      )}
    </div>
  );
}
