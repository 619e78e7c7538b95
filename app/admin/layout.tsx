import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { isAdmin } from "@/lib/auth/permissions";
import { getPortalSettings } from "@/lib/settings/queries";
import { AppHeader } from "@/components/app-header";

/** The console: agents and admins only; everyone else gets a 404 from requireStaffPage. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [viewer, settings, t, tDesk, to, tLook, tJobs] = await Promise.all([
    requireStaffPage(),
    getPortalSettings(),
    getTranslations("admin"),
    getTranslations("desk"),
    getTranslations("organizations"),
    getTranslations("look"),
    getTranslations("jobs"),
  ]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  return (
    <>
      <AppHeader
        siteName={`${settings.siteName} · ${t("console")}`}
        homeHref="/admin"
        userName={viewer.name}
        navLabel={t("navLabel")}
        nav={[
          { href: "/admin", label: t("nav.queue") },
          { href: "/admin/tickets/new", label: t("nav.newTicket") },
          { href: "/admin/employees", label: t("nav.people") },
          { href: "/admin/organizations", label: to("nav") },
          { href: "/admin/kb", label: t("nav.kb") },
          // The admin screens, grouped so the console's navigation keeps to one row; agents read
          // the canned responses from the top row.
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
    </>
  );
}
