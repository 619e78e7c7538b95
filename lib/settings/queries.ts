import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { databaseProvider } from "@/lib/db-url";
import { subscribe } from "@/lib/realtime";

type Row = NonNullable<Awaited<ReturnType<typeof db.portalSettings.findUnique>>>;

// Every page reads the settings (branding, module switches), so each process keeps them in memory
// and re-reads them only once they changed: at once on this process (the settings service calls
// invalidatePortalSettings), on other instances through the "settings" event. On SQLite, another
// process writing the file (the CLI, the browser tests' fixtures) is seen through data_version,
// which changes only when another connection committed: a read of a counter, not of the row.
// The kept row is the read that fetched it, so requests that miss at the same moment share one read
// (hundreds of streams reconnecting after a restart would otherwise each read the row).
let kept: { settings: Promise<Row>; stamp: number | null } | null = null;
let listening = false;

/** Forget the kept settings: the next read goes to the database. */
export function invalidatePortalSettings() {
  kept = null;
}

/** The event the settings service announces after saving, for every instance. */
export const SETTINGS_CHANGED = { type: "settings.updated" } as const;

// Any event on the topic (a change, or "realtime.reconnected" after a lost connection, when
// changes may have been missed) drops the kept settings.
function listenForChanges() {
  if (listening) return;
  listening = true;
  subscribe("settings", () => invalidatePortalSettings());
}

async function changeStamp(): Promise<number | null> {
  if (databaseProvider(env.DATABASE_URL) !== "sqlite") return null;
  const [row] = await db.$queryRawUnsafe<{ data_version: number | bigint }[]>("PRAGMA data_version");
  return Number(row.data_version);
}

async function readSettings(): Promise<Row> {
  // Created with its defaults once, on a database that has no settings row yet.
  return (await db.portalSettings.findUnique({ where: { id: 1 } })) ?? db.portalSettings.upsert({ where: { id: 1 }, update: { id: 1 }, create: { id: 1 } });
}

/** Branding and module switches (one row): a read, kept per process until the settings change. */
export const getPortalSettings = cache(async (): Promise<Row> => {
  listenForChanges();
  const stamp = await changeStamp();
  if (kept && kept.stamp === stamp) return kept.settings;
  const entry = { settings: readSettings(), stamp };
  kept = entry;
  // A failed read is not kept; nor is one that a change (invalidatePortalSettings) overtook, since
  // the change may not be in it: that dropped the entry already.
  entry.settings.catch(() => {
    if (kept === entry) kept = null;
  });
  return entry.settings;
});

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
