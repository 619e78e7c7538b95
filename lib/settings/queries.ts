import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { keptUntilChanged } from "@/lib/realtime/kept";

type Row = NonNullable<Awaited<ReturnType<typeof db.portalSettings.findUnique>>>;

async function readSettings(): Promise<Row> {
  // Created with its defaults once, on a database that has no settings row yet.
  return (await db.portalSettings.findUnique({ where: { id: 1 } })) ?? db.portalSettings.upsert({ where: { id: 1 }, update: { id: 1 }, create: { id: 1 } });
}

// Every page reads the settings (branding, module switches): each process keeps them until they
// change (lib/realtime/kept.ts): the settings service announces the change on saving.
const keptSettings = keptUntilChanged("settings", readSettings);

/** Forget the kept settings: the next read goes to the database. */
export const invalidatePortalSettings = keptSettings.drop;

/** The event the settings service announces after saving, for every instance. */
export const SETTINGS_CHANGED = { type: "settings.updated" } as const;

/** Branding and module switches (one row): a read, kept per process until the settings change. */
export const getPortalSettings = cache((): Promise<Row> => keptSettings.get());

export type PortalSettings = Row;

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
