import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { getPortalSettings } from "@/lib/settings/queries";
import { AppHeader } from "@/components/app-header";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, t] = await Promise.all([requireViewer(), getPortalSettings(), getTranslations("portal")]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  return (
    <>
      <AppHeader
        siteName={settings.siteName}
        homeHref="/"
        userName={viewer.name}
        navLabel={t("navLabel")}
        nav={[
          { href: "/tickets", label: t("nav.tickets") },
          { href: "/tickets/new", label: t("nav.newTicket") },
          { href: "/account", label: t("nav.account") },
        ]}
      />
      {settings.bannerText ? (
        <div className="bg-brand px-4 py-2 text-center text-sm text-white">{settings.bannerText}</div>
      ) : null}
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
