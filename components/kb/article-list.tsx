import Link from "next/link";
import type { ArticleCard } from "@/lib/kb/queries";

export function ArticleList({ items, testId }: { items: ArticleCard[]; testId?: string }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {items.map((a) => (
        <li key={a.id} className="px-4 py-3">
          <Link href={`/kb/${a.slug}`} className="font-medium text-brand hover:underline">{a.title}</Link>
        </li>
      ))}
    </ul>
  );
}
