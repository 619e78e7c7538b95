import type { ReactNode } from "react";
import type { PortalSettings } from "@/lib/settings/queries";
import type { PortalModules } from "@/lib/portal/modules";

type T = (key: "nav.tickets" | "nav.newTicket" | "nav.kb" | "nav.account" | "nav.assets") => string;

/** The chat entry's label (it counts unread answers live): null when chat is off for the viewer. */
export type ChatNav = ReactNode | null;

/** Labels of the optional modules' entries (each module's own catalogue). */
type ModuleLabels = Partial<Record<"documents" | "notes" | "confirmations", string>>;

/** The portal's navigation, shared by every layout that shows the portal header. */
export function portalNav(t: T, settings: Pick<PortalSettings, "kbEnabled">, modules?: Partial<PortalModules>, labels: ModuleLabels = {}, chat: ChatNav = null) {
  const optional = (["documents", "notes", "confirmations"] as const).filter((m) => modules?.[m] && labels[m]).map((m) => ({ href: `/${m}`, label: labels[m]! }));
  return [
    { href: "/tickets", label: t("nav.tickets") },
    { href: "/tickets/new", label: t("nav.newTicket") },
    ...(settings.kbEnabled ? [{ href: "/kb", label: t("nav.kb") }] : []),
    ...(chat ? [{ href: "/chat", label: chat }] : []),
    ...optional,
    ...(modules?.assets ? [{ href: "/assets", label: t("nav.assets") }] : []),
    { href: "/account", label: t("nav.account") },
  ];
}
