import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/sign-out-button";
import { LanguageSwitcher } from "@/components/language-switcher";
import { BrandLogo } from "@/components/brand-logo";
import { HeaderMenu, type NavItem } from "@/components/header-menu";

type Props = {
  siteName: string;
  homeHref: string;
  userName: string;
  nav: NavItem[];
  navLabel: string;
  /** The portal's logo, shown before the site name when there is one. */
  logoUrl?: string | null;
  /** Controls beside the person's name (the console's notification bell). */
  actions?: ReactNode;
};

/** The bar on top of every signed-in screen, portal and console alike; a menu button on phones. */
export async function AppHeader({ siteName, homeHref, userName, nav, navLabel, logoUrl, actions }: Props) {
  const t = await getTranslations("look");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homeHref} className="flex min-w-0 items-center gap-2 text-lg font-semibold text-brand">
          <BrandLogo url={logoUrl} />
          <span className="truncate">{siteName}</span>
        </Link>
        <HeaderMenu items={nav} navLabel={navLabel} menuLabel={t("menu")}>
          {actions}
          <span className="text-sm text-slate-600" data-testid="current-user">{userName}</span>
          <LanguageSwitcher compact />
          <SignOutButton />
        </HeaderMenu>
      </div>
    </header>
  );
}
