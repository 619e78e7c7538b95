import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** Branding and module switches (one row, created with defaults on first read). */
export const getPortalSettings = cache(async () => {
  return db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});

export type PortalSettings = Awaited<ReturnType<typeof getPortalSettings>>;

/** Where the portal's logo is served (a new logo, a new address), or null when there is none. */
export function logoUrl(settings: Pick<PortalSettings, "logoKey" | "logoContentType">): string | null {
  return settings.logoKey && settings.logoContentType ? `/api/branding/logo?v=${encodeURIComponent(settings.logoKey.split("/").pop() ?? "")}` : null;
}

/** Where the portal's favicon is served, or null when there is none (the browser's default). */
export function faviconUrl(settings: Pick<PortalSettings, "faviconKey" | "faviconContentType">): string | null {
  return settings.faviconKey && settings.faviconContentType ? `/api/branding/favicon?v=${encodeURIComponent(settings.faviconKey.split("/").pop() ?? "")}` : null;
}

/** Where the brand colours are served as CSS variables; new colours, a new address. */
export function themeUrl(settings: Pick<PortalSettings, "primaryColor" | "accentColor">): string {
  return `/api/branding/theme.css?v=${settings.primaryColor.slice(1)}${settings.accentColor.slice(1)}`;
}

/** The admin's texts in the reader's language (Spanish falls back to the English text when empty). */
export function brandingTexts(settings: PortalSettings, locale: string) {
  const es = locale === "es";
  const pick = (en: string, spanish: string) => (es && spanish ? spanish : en);
  return {
    banner: pick(settings.bannerText, settings.bannerTextEs),
    welcomeTitle: pick(settings.welcomeTitleEn, settings.welcomeTitleEs),
    welcomeText: pick(settings.welcomeTextEn, settings.welcomeTextEs),
  };
}
