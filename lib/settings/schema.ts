import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones/schema";

export const AUTO_CLOSE_MAX_DAYS = 365;
export const LOGO_MAX_BYTES = 512 * 1024;
/** Logo formats, decided from the bytes: SVG (which can carry scripts) is never accepted. */
export const LOGO_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };
/** WCAG AA for normal text: white text on the primary colour must reach this contrast. */
export const MIN_CONTRAST = 4.5;

const colour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "errors.colourInvalid")
  .transform((v) => v.toLowerCase());

/** The relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of white text on a #rrggbb background, from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** What an admin sets on /admin/settings/portal (the logo travels beside it, as a file). */
export const portalSettingsSchema = z.object({
  siteName: z.string().trim().min(1, "errors.siteNameRequired").max(80, "errors.siteNameTooLong"),
  bannerText: z.string().trim().max(300, "errors.bannerTooLong"),
  primaryColor: colour.refine((v) => contrastWithWhite(v) >= MIN_CONTRAST, "errors.primaryUnreadable"),
  accentColor: colour,
  kbEnabled: z.boolean(),
  publicKbEnabled: z.boolean(),
  requireNewPassword: z.boolean(),
  autoCloseDays: z.coerce
    .number({ message: "errors.autoCloseInvalid" })
    .int("errors.autoCloseInvalid")
    .min(0, "errors.autoCloseInvalid")
    .max(AUTO_CLOSE_MAX_DAYS, "errors.autoCloseInvalid"),
  // Left out: unchanged.
  defaultTimeZone: timeZoneSchema.optional(),
  removeLogo: z.boolean().default(false),
});
export type PortalSettingsInput = z.input<typeof portalSettingsSchema>;
