import type { PortalSettings } from "@/lib/settings/queries";
import type { PortalModules } from "@/lib/portal/modules";

type T = (key: "nav.tickets" | "nav.newTicket" | "nav.kb" | "nav.assets" | "nav.account") => string;

/** The portal's navigation, shared by every layout that shows the portal header. */
export function portalNav(t: T, settings: Pick<PortalSettings, "kbEnabled">, modules?: Pick<PortalModules, "assets">) {
  return [
    { href: "/tickets", label: t("nav.tickets") },
    { href: "/tickets/new", label: t("nav.newTicket") },
    ...(settings.kbEnabled ? [{ href: "/kb", label: t("nav.kb") }] : []),
    ...(modules?.assets ? [{ href: "/assets", label: t("nav.assets") }] : []),
    { href: "/account", label: t("nav.account") },
  ];
}
