import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { brandingTexts, getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { PublicHeader } from "@/components/kb/public-header";
import { PortalBanner } from "@/components/portal/banner";
import { PortalFooter } from "@/components/portal/portal-footer";
import { PortalShell } from "@/components/portal/portal-shell";
import { ClientMessages } from "@/components/client-messages";

// The knowledge base has its own route group: the portal's layout requires sign-in, and the
// knowledge base may be read without it when the public knowledge base is on. Each page checks
// who may read it (app/(kb)/kb/reader.ts); this layout only picks the header.
export default async function KbLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, locale, tk] = await Promise.all([getSession(), getPortalSettings(), getLocale(), getTranslations("kb")]);
  return (
    <ClientMessages area="kb">
      {viewer ? (
        <PortalShell viewer={viewer}>{children}</PortalShell>
      ) : (
        <>
          <PublicHeader siteName={settings.siteName} kbLabel={tk("title")} signInLabel={tk("signIn")} navLabel={tk("publicHeaderLabel")} logoUrl={logoUrl(settings)} />
          <PortalBanner text={brandingTexts(settings, locale).banner} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
          <PortalFooter settings={settings} />
        </>
      )}
    </ClientMessages>
  );
}
