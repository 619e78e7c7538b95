import type { ReactNode } from "react";
import { getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { BrandLogo } from "@/components/brand-logo";
import { LanguageSwitcher } from "@/components/language-switcher";

/** The centred card of the sign-in family of pages. */
export async function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const settings = await getPortalSettings();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="flex items-center gap-2 text-sm font-semibold text-brand">
          <BrandLogo url={logoUrl(settings)} />
          {settings.siteName}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
        {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
      <div className="mt-4 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
