import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { AppHeader } from "@/components/app-header";
import { PublicHeader } from "@/components/kb/public-header";
import { portalNav } from "@/components/portal/nav";
import { PortalBanner } from "@/components/portal/banner";
import { ClientMessages } from "@/components/client-messages";
import { chatNavFor } from "@/lib/chat/queries";
import { portalModulesFor } from "@/lib/portal/modules";

// The knowledge base has its own route group: the portal's layout requires sign-in, and the
// knowledge base may be read without it when the public knowledge base is on. Each page checks
// who may read it (app/(kb)/kb/reader.ts); this layout only picks the header.
export default async function KbLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, t, tk] = await Promise.all([getSession(), getPortalSettings(), getTranslations("portal"), getTranslations("kb")]);
  const [chat, modules] = viewer ? await Promise.all([chatNavFor(viewer), portalModulesFor(viewer.id)]) : [null, undefined];
  return (
    <ClientMessages area="kb">
      {viewer ? (
        <AppHeader siteName={settings.siteName} homeHref="/" userName={viewer.name} navLabel={t("navLabel")} nav={portalNav(t, settings, modules, {}, chat)} logoUrl={logoUrl(settings)} />
      ) : (
        <PublicHeader siteName={settings.siteName} kbLabel={tk("title")} signInLabel={tk("signIn")} navLabel={tk("publicHeaderLabel")} logoUrl={logoUrl(settings)} />
      )}
      <PortalBanner text={settings.bannerText} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </ClientMessages>
  );
}
