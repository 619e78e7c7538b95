import "server-only";
import { env } from "@/lib/env";
import { getPortalSettings, logoUrl } from "@/lib/settings/queries";
import type { EmailLook } from "./templates";

/** The portal's branding for an email to this person, dated now in their time zone (else the portal's default). */
export async function emailLookFor(recipient: { timeZone: string | null }): Promise<EmailLook> {
  const settings = await getPortalSettings();
  const logo = logoUrl(settings);
  return {
    logoUrl: logo ? new URL(logo, env.APP_URL).toString() : null,
    primaryColor: settings.primaryColor,
    timeZone: recipient.timeZone ?? settings.defaultTimeZone,
    sentAt: new Date(),
  };
}
