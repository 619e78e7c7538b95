import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { BrowserTimeZone } from "@/components/time-zones/browser-time-zone";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { unreadNotificationCount } from "@/lib/notifications/service";
import { redirect } from "next/navigation";
import { isAdmin } from "@/lib/auth/permissions";
import { getPortalSettings } from "@/lib/settings/queries";
import { AppHeader } from "@/components/app-header";
import { ClientMessages } from "@/components/client-messages";

/** The console: agents and admins only; everyone else gets a 404 from requireStaffPage. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, t, tDesk, to, tLook, tJobs, tAssets, tDocs, tNotes, tConf, tc] = await Promise.all([
    requireStaffPage(),
    getPortalSettings(),
    getTranslations("admin"),
    getTranslations("desk"),
    getTranslations("organizations"),
    getTranslations("look"),
    getTranslations("jobs"),
    getTranslations("assets"),
    getTranslations("documents"),
    getTranslations("notes"),
    getTranslations("confirmations"),
    getTranslations("chat"),
  ]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  const unread = await unreadNotificationCount(viewer);
  return (
    <ClientMessages area="admin">
      <AppHeader
        siteName={`${settings.siteName} · ${t("console")}`}
        homeHref="/admin"
        actions={<NotificationBell initialCount={unread} userId={viewer.id} />}
        userName={viewer.name}
        navLabel={t("navLabel")}
        nav={[
          { href: "/admin", label: t("nav.queue") },
          { href: "/admin/tickets/new", label: t("nav.newTicket") },
          ...(settings.chatEnabled ? [{ href: "/admin/chat", label: tc("console.title") }] : []),
          { href: "/admin/employees", label: t("nav.people") },
          { href: "/admin/organizations", label: to("nav") },
          { href: "/admin/assets", label: tAssets("nav") },
          { href: "/admin/kb", label: t("nav.kb") },
          // What agents hand to people through the portal, grouped so the navigation keeps to one row.
          {
            label: tLook("nav.paperwork"),
            items: [
              { href: "/admin/documents", label: tDocs("nav") },
              { href: "/admin/notes", label: tNotes("nav") },
              { href: "/admin/confirmations", label: tConf("nav") },
            ],
          },
          // The admin screens, grouped too; agents read the canned responses from the top row.
          ...(isAdmin(viewer)
            ? [
                {
                  label: t("nav.settings"),
                  items: [
                    { href: "/admin/canned-responses", label: tDesk("nav") },
                    { href: "/admin/settings", label: tLook("nav.allSettings") },
                    { href: "/admin/settings/portal", label: tLook("nav.portalSettings") },
                    { href: "/admin/announcements", label: tLook("nav.announcements") },
                    { href: "/admin/request-types", label: t("nav.requestTypes") },
                    { href: "/admin/outbox", label: t("nav.outbox") },
                    { href: "/admin/jobs", label: tJobs("nav") },
                  ],
                },
              ]
            : [{ href: "/admin/canned-responses", label: tDesk("nav") }]),
        ]}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      {viewer.timeZone ? null : <BrowserTimeZone />}
    </ClientMessages>
  );
}
