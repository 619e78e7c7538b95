import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones/schema";

import { AUTO_CLOSE_MAX_DAYS, BRANDING_DEFAULTS, CHAT_EMAIL_DELAY_MAX_MINUTES, COLOR_SCHEMES, DARK_SURFACE, FAVICON_MAX_BYTES, FAVICON_TYPES, LOGO_MAX_BYTES, LOGO_TYPES, MIN_CONTRAST, contrast, contrastWithWhite, darkVariant, luminance } from "./limits";

export { AUTO_CLOSE_MAX_DAYS, BRANDING_DEFAULTS, CHAT_EMAIL_DELAY_MAX_MINUTES, COLOR_SCHEMES, DARK_SURFACE, FAVICON_MAX_BYTES, FAVICON_TYPES, LOGO_MAX_BYTES, LOGO_TYPES, MIN_CONTRAST, contrast, contrastWithWhite, darkVariant, luminance };

const colour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "errors.colourInvalid")
  .transform((v) => v.toLowerCase());

const optionalText = (max: number, error: string) => z.string().trim().max(max, error).default("");

/** What an admin sets on /admin/settings/portal (the logo travels beside it, as a file). */
export const portalSettingsSchema = z.object({
  siteName: z.string().trim().min(1, "errors.siteNameRequired").max(80, "errors.siteNameTooLong"),
  bannerText: z.string().trim().max(300, "errors.bannerTooLong"),
  bannerTextEs: optionalText(300, "errors.bannerTooLong"),
  welcomeTitleEn: optionalText(120, "errors.welcomeTitleTooLong"),
  welcomeTitleEs: optionalText(120, "errors.welcomeTitleTooLong"),
  welcomeTextEn: optionalText(600, "errors.welcomeTextTooLong"),
  welcomeTextEs: optionalText(600, "errors.welcomeTextTooLong"),
  supportPhone: optionalText(40, "errors.phoneInvalid").refine((v) => v === "" || /^[+()0-9 .-]{3,40}$/.test(v), "errors.phoneInvalid"),
  supportEmail: optionalText(200, "errors.emailInvalid").refine((v) => v === "" || z.email().safeParse(v).success, "errors.emailInvalid"),
  privacyUrl: optionalText(500, "errors.urlInvalid").refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "errors.urlInvalid"),
  colorScheme: z.enum(COLOR_SCHEMES, { message: "errors.invalid" }).default("system"),
  primaryColor: colour.refine((v) => contrastWithWhite(v) >= MIN_CONTRAST, "errors.primaryUnreadable"),
  accentColor: colour.refine((v) => contrastWithWhite(v) >= MIN_CONTRAST, "errors.accentUnreadable"),
  kbEnabled: z.boolean(),
  publicKbEnabled: z.boolean(),
  requireNewPassword: z.boolean(),
  // Absent (an older form, a script): left as they are.
  documentsEnabled: z.boolean().optional(),
  notesEnabled: z.boolean().optional(),
  confirmationsEnabled: z.boolean().optional(),
  confirmationReminderDays: z.coerce.number({ message: "errors.reminderDaysInvalid" }).int("errors.reminderDaysInvalid").min(0, "errors.reminderDaysInvalid").max(90, "errors.reminderDaysInvalid").optional(),
  confirmationReminderMax: z.coerce.number({ message: "errors.reminderMaxInvalid" }).int("errors.reminderMaxInvalid").min(0, "errors.reminderMaxInvalid").max(20, "errors.reminderMaxInvalid").optional(),
  autoCloseDays: z.coerce
    .number({ message: "errors.autoCloseInvalid" })
    .int("errors.autoCloseInvalid")
    .min(0, "errors.autoCloseInvalid")
    .max(AUTO_CLOSE_MAX_DAYS, "errors.autoCloseInvalid"),
  chatEnabled: z.boolean(),
  chatEmailDelayMinutes: z.coerce
    .number({ message: "errors.chatDelayInvalid" })
    .int("errors.chatDelayInvalid")
    .min(0, "errors.chatDelayInvalid")
    .max(CHAT_EMAIL_DELAY_MAX_MINUTES, "errors.chatDelayInvalid"),
  // Left out: unchanged.
  defaultTimeZone: timeZoneSchema.optional(),
  removeLogo: z.boolean().default(false),
  removeFavicon: z.boolean().default(false),
  // The assets module (left out: unchanged).
  assetsEnabled: z.boolean().optional(),
  assetsForEmployees: z.boolean().optional(),
  assetsForCustomers: z.boolean().optional(),
  assetTagPrefix: z
    .string()
    .trim()
    .min(1, "errors.assetTagPrefixInvalid")
    .max(12, "errors.assetTagPrefixInvalid")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "errors.assetTagPrefixInvalid")
    .optional(),
});
export type PortalSettingsInput = z.input<typeof portalSettingsSchema>;
