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
