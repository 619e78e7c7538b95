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
  const [viewer, settings, t, tDesk, to, tAssets, tJobs, tDocs, tNotes, tConf] = await Promise.all([
    requireStaffPage(),
    getPortalSettings(),
    getTranslations("admin"),
    getTranslations("desk"),
    getTranslations("organizations"),
    getTranslations("assets"),
    getTranslations("jobs"),
    getTranslations("documents"),
    getTranslations("notes"),
    getTranslations("confirmations"),
  ]);
  const tc = await getTranslations("chat");
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  const unread = await unreadNotificationCount(viewer);
  return (
    <ClientMessages area="admin">
      <AppHeader
        siteName={`${settings.siteName} · ${t("console")}`}
        homeHref="/admin"
        actions={<NotificationBell initialCount={unread} />}
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
          { href: "/admin/canned-responses", label: tDesk("nav") },
          { href: "/admin/documents", label: tDocs("nav") },
          { href: "/admin/notes", label: tNotes("nav") },
          { href: "/admin/confirmations", label: tConf("nav") },
          ...(isAdmin(viewer) ? [{ href: "/admin/request-types", label: t("nav.requestTypes") }] : []),
          ...(isAdmin(viewer) ? [{ href: "/admin/outbox", label: t("nav.outbox") }] : []),
          ...(isAdmin(viewer) ? [{ href: "/admin/jobs", label: tJobs("nav") }] : []),
          ...(isAdmin(viewer) ? [{ href: "/admin/settings", label: t("nav.settings") }] : []),
        ]}
      />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      {viewer.timeZone ? null : <BrowserTimeZone />}
    </ClientMessages>
  );
}
