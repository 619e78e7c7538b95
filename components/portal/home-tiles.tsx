import Link from "next/link";
import type { HomeTile } from "@/lib/portal/home";

/** The home page's tiles: one per area of the portal that is on for the person. */
export function HomeTiles({ tiles, label }: { tiles: HomeTile[]; label: string }) {
  return (
    <section aria-label={label}>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="home-tiles">
        {tiles.map(({ key, title, href, icon: Icon, lines, badge }) => (
          <li key={key} data-tile={key}>
            <Link
              href={href}
              className="group flex h-full items-start gap-4 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand focus-visible:border-brand"
            >
              <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-lg bg-accent text-white">
                <Icon aria-hidden className="h-5 w-5" />
              </span>
              <span className="min-w-0 flex-1">
                <span className="flex items-center gap-2">
                  <span className="font-semibold text-slate-900 group-hover:text-brand">{title}</span>
                  {badge ? (
                    <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white" data-testid="tile-badge">{badge}</span>
                  ) : null}
                </span>
                {lines.map((line) => (
                  <span key={line} className="mt-1 block text-sm text-slate-600">{line}</span>
                ))}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
