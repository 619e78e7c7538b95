import Link from "next/link";

type Props = {
  page: number;
  pageCount: number;
  /** The current query, kept on every page link. */
  params: Record<string, string | undefined>;
  labels: { previous: string; next: string; status: string };
};

function href(params: Props["params"], page: number) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  q.set("page", String(page));
  return `?${q.toString()}`;
}

export function Pagination({ page, pageCount, params, labels }: Props) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-2 pt-4">
      {page > 1 ? <Link className={link} href={href(params, page - 1)}>{labels.previous}</Link> : <span />}
      <span className="text-sm text-slate-600">{labels.status}</span>
      {page < pageCount ? <Link className={link} href={href(params, page + 1)}>{labels.next}</Link> : <span />}
    </nav>
  );
}
