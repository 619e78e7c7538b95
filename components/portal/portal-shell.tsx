import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { brandingTexts, getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { runningAnnouncements } from "@/lib/announcements/queries";
import { AppHeader } from "@/components/app-header";
import { portalNav } from "./nav";
import { PortalBanner } from "./banner";
import { PortalFooter } from "./portal-footer";
import { AnnouncementList } from "./announcement-list";
import { portalModulesFor } from "@/lib/portal/modules";
import { chatNavFor } from "@/lib/chat/queries";
import { ChatNavLabel } from "@/components/chat/nav-label";

/**
 * Everything around a signed-in portal page: header (a menu button on phones), the admin's banner,
 * running outages (every page; the home page shows the other announcements), content, footer.
 */
export async function PortalShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const [settings, locale, t, tLook, modules, chat, td, tn, tc] = await Promise.all([
    getPortalSettings(),
    getLocale(),
    getTranslations("portal"),
    getTranslations("look"),
    portalModulesFor(viewer.id),
    chatNavFor(viewer),
    getTranslations("documents"),
    getTranslations("notes"),
    getTranslations("confirmations"),
  ]);
  const moduleLabels = { documents: td("nav"), notes: tn("nav"), confirmations: tc("nav") };
  const outages = (await runningAnnouncements(viewer.id, locale)).filter((a) => a.severity === "OUTAGE");
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader siteName={settings.siteName} homeHref="/" userName={viewer.name} navLabel={t("navLabel")} nav={portalNav(t, settings, modules, moduleLabels, chat ? <ChatNavLabel unread={chat.unread} /> : null)} logoUrl={logoUrl(settings)} />
      <PortalBanner text={brandingTexts(settings, locale).banner} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 space-y-6 px-4 py-6">
        <AnnouncementList items={outages} label={tLook("announcements.outagesLabel")} />
        <div>{children}</div>
      </main>
      <PortalFooter settings={settings} />
    </div>
  );
}
