import type { PortalSettings } from "@/lib/settings/queries";

type T = (key: "nav.tickets" | "nav.newTicket" | "nav.kb" | "nav.account") => string;

/** The portal's navigation, shared by every layout that shows the portal header. */
export function portalNav(t: T, settings: Pick<PortalSettings, "kbEnabled">) {
  return [
    { href: "/tickets", label: t("nav.tickets") },
    { href: "/tickets/new", label: t("nav.newTicket") },
    ...(settings.kbEnabled ? [{ href: "/kb", label: t("nav.kb") }] : []),
    { href: "/account", label: t("nav.account") },
  ];
}
