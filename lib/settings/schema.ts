import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones/schema";

import { AUTO_CLOSE_MAX_DAYS, CHAT_EMAIL_DELAY_MAX_MINUTES, LOGO_MAX_BYTES, LOGO_TYPES, MIN_CONTRAST, contrastWithWhite, luminance } from "./limits";

export { AUTO_CLOSE_MAX_DAYS, CHAT_EMAIL_DELAY_MAX_MINUTES, LOGO_MAX_BYTES, LOGO_TYPES, MIN_CONTRAST, contrastWithWhite, luminance };

const colour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "errors.colourInvalid")
  .transform((v) => v.toLowerCase());

/** What an admin sets on /admin/settings/portal (the logo travels beside it, as a file). */
export const portalSettingsSchema = z.object({
  siteName: z.string().trim().min(1, "errors.siteNameRequired").max(80, "errors.siteNameTooLong"),
  bannerText: z.string().trim().max(300, "errors.bannerTooLong"),
  primaryColor: colour.refine((v) => contrastWithWhite(v) >= MIN_CONTRAST, "errors.primaryUnreadable"),
  accentColor: colour,
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
