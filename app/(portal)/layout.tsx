import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { BrowserTimeZone } from "@/components/time-zones/browser-time-zone";
import { redirect } from "next/navigation";
import { getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { AppHeader } from "@/components/app-header";
import { portalNav } from "@/components/portal/nav";
import { PortalBanner } from "@/components/portal/banner";
import { ClientMessages } from "@/components/client-messages";
import { portalModulesFor } from "@/lib/portal/modules";
import { chatNavFor } from "@/lib/chat/queries";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, t] = await Promise.all([requireViewer(), getPortalSettings(), getTranslations("portal")]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  const [modules, td, tn, tc] = await Promise.all([portalModulesFor(viewer.id), getTranslations("documents"), getTranslations("notes"), getTranslations("confirmations")]);
  const chat = await chatNavFor(viewer);
  return (
    <ClientMessages area="portal">
      <AppHeader
        siteName={settings.siteName}
        homeHref="/"
        userName={viewer.name}
        navLabel={t("navLabel")}
        nav={portalNav(t, settings, modules, { documents: td("nav"), notes: tn("nav"), confirmations: tc("nav") }, chat)}
        logoUrl={logoUrl(settings)}
      />
      <PortalBanner text={settings.bannerText} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      {viewer.timeZone ? null : <BrowserTimeZone />}
    </ClientMessages>
  );
}
