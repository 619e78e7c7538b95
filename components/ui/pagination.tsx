import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = {
  page: number;
  pageCount: number;
  /** The current query, kept on every page link. */
  params: Record<string, string | undefined>;
  /** The count stopped early (a capped count): there are at least pageCount pages. */
  pageCountIsLowerBound?: boolean;
  /** The query parameter holding the page number, for a second list on the same page. */
  param?: string;
};

function href(params: Props["params"], page: number, param: string) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  q.set(param, String(page));
  return `?${q.toString()}`;
}

/** Previous / next links that keep the list's filters; nothing when everything fits on one page. */
export async function Pagination({ page, pageCount, params, pageCountIsLowerBound = false, param = "page" }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("common");
  const labels = { previous: t("previous"), next: t("next"), status: t(pageCountIsLowerBound ? "pageStatusAtLeast" : "pageStatus", { page, count: pageCount }) };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 pt-4">
      {page > 1 ? <Link className={link} href={href(params, page - 1, param)}>{labels.previous}</Link> : <span />}
      <span className="text-sm text-slate-600">{labels.status}</span>
      {page < pageCount ? <Link className={link} href={href(params, page + 1, param)}>{labels.next}</Link> : <span />}
    </nav>
  );
}
