import type { PortalSettings } from "@/lib/settings/queries";

type T = (key: "nav.tickets" | "nav.newTicket" | "nav.kb" | "nav.account" | "nav.chat" | "nav.chatUnread", values?: { count: number }) => string;

/** The chat entry: null when chat is off for the viewer, else their unread conversations. */
export type ChatNav = { unread: number } | null;

/** The portal's navigation, shared by every layout that shows the portal header. */
export function portalNav(t: T, settings: Pick<PortalSettings, "kbEnabled">, chat: ChatNav = null) {
  return [
    { href: "/tickets", label: t("nav.tickets") },
    { href: "/tickets/new", label: t("nav.newTicket") },
    ...(settings.kbEnabled ? [{ href: "/kb", label: t("nav.kb") }] : []),
    ...(chat ? [{ href: "/chat", label: chat.unread > 0 ? t("nav.chatUnread", { count: chat.unread }) : t("nav.chat") }] : []),
    { href: "/account", label: t("nav.account") },
  ];
}
