import Link from "next/link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { BrandLogo } from "@/components/brand-logo";

/** The top bar of the public knowledge base, for visitors who are not signed in. */
type Props = { siteName: string; kbLabel: string; signInLabel: string; navLabel: string; logoUrl?: string | null };

export function PublicHeader({ siteName, kbLabel, signInLabel, navLabel, logoUrl }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/kb" className="flex items-center gap-2 text-lg font-semibold text-brand">
          <BrandLogo url={logoUrl} />
          {siteName}
        </Link>
        <nav aria-label={navLabel} className="flex gap-4 text-sm">
          <Link href="/kb" className="text-slate-700 hover:text-brand">{kbLabel}</Link>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LanguageSwitcher />
          <Link href="/login?callbackUrl=%2Fkb" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            {signInLabel}
          </Link>
        </div>
      </div>
    </header>
  );
}
