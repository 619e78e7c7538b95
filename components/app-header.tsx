import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/sign-out-button";
import { LanguageSwitcher } from "@/components/language-switcher";
import { BrandLogo } from "@/components/brand-logo";

type Props = {
  siteName: string;
  homeHref: string;
  userName: string;
  nav: { href: string; label: string }[];
  navLabel: string;
  /** The portal's logo, shown before the site name when there is one. */
  logoUrl?: string | null;
  /** Extra controls before the user's name (the console's notification bell). */
  actions?: ReactNode;
};

/** The bar on top of every signed-in screen, portal and console alike. Wraps on narrow screens. */
export function AppHeader({ siteName, homeHref, userName, nav, navLabel, logoUrl, actions }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homeHref} className="flex items-center gap-2 text-lg font-semibold text-brand">
          <BrandLogo url={logoUrl} />
          {siteName}
        </Link>
        <nav aria-label={navLabel} className="order-3 flex w-full flex-wrap gap-4 text-sm sm:order-none sm:w-auto">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          {actions}
          <span className="text-sm text-slate-600" data-testid="current-user">{userName}</span>
          <LanguageSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
