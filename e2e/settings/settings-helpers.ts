import type { Locator } from "@playwright/test";
import { db } from "@/lib/db";
import { changePortalSettings } from "../fixtures";

// The portal settings are one row shared by every spec: these specs run alone ("settings"
// project) and put back the fields they change, and only those.
type SettingsRow = Awaited<ReturnType<typeof db.portalSettings.findUniqueOrThrow>>;

export async function restoring<K extends keyof SettingsRow>(fields: K[], run: () => Promise<void>) {
  const row = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  const original = Object.fromEntries(fields.map((f) => [f, row[f]]));
  try {
    await run();
  } finally {
    await changePortalSettings(original);
  }
}

/** "rgb(r, g, b)" of a #rrggbb colour, as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG contrast of two "rgb(...)" colours as the browser computes them. */
export function contrastOf(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A computed colour as "rgb(r, g, b)". Chromium reports colours picked by light-dark() in other
 * spaces (lab(...)); drawing it on a canvas gives its sRGB value.
 */
export function computedRgb(target: Locator, property: "color" | "backgroundColor"): Promise<string> {
  return target.evaluate((el, prop) => {
    const value = getComputedStyle(el)[prop];
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, property);
}

/** Whether two "rgb(...)" colours are the same up to rounding in the conversion (±2 a channel). */
export function sameColour(a: string, b: string): boolean {
  const ca = (a.match(/\d+/g) ?? []).map(Number);
  const cb = (b.match(/\d+/g) ?? []).map(Number);
  return ca.length >= 3 && cb.length >= 3 && [0, 1, 2].every((i) => Math.abs(ca[i] - cb[i]) <= 2);
}
