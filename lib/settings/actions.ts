"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { resetBranding, updatePortalSettings } from "./service";

export async function updatePortalSettingsAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer || !isAdmin(viewer)) return translateResult<never>("portalSettings", fail("errors.notAllowed"));
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const flag = (name: string) => form.get(name) === "on";
  const file = async (name: string) => {
    const value = form.get(name);
    return value instanceof File && value.size > 0 ? new Uint8Array(await value.arrayBuffer()) : undefined;
  };
  const result = await updatePortalSettings(
    viewer,
    {
      siteName: text("siteName"),
      bannerText: text("bannerText"),
      bannerTextEs: text("bannerTextEs"),
      welcomeTitleEn: text("welcomeTitleEn"),
      welcomeTitleEs: text("welcomeTitleEs"),
      welcomeTextEn: text("welcomeTextEn"),
      welcomeTextEs: text("welcomeTextEs"),
      supportPhone: text("supportPhone"),
      supportEmail: text("supportEmail"),
      privacyUrl: text("privacyUrl"),
      colorScheme: text("colorScheme") as "system",
      primaryColor: text("primaryColor"),
      accentColor: text("accentColor"),
      kbEnabled: flag("kbEnabled"),
      publicKbEnabled: flag("publicKbEnabled"),
      requireNewPassword: flag("requireNewPassword"),
      documentsEnabled: flag("documentsEnabled"),
      notesEnabled: flag("notesEnabled"),
      confirmationsEnabled: flag("confirmationsEnabled"),
      confirmationReminderDays: text("confirmationReminderDays"),
      confirmationReminderMax: text("confirmationReminderMax"),
      autoCloseDays: text("autoCloseDays"),
      chatEnabled: flag("chatEnabled"),
      chatEmailDelayMinutes: text("chatEmailDelayMinutes"),
      defaultTimeZone: text("defaultTimeZone") || undefined,
      removeLogo: flag("removeLogo"),
      assetsEnabled: flag("assetsEnabled"),
      assetsForEmployees: flag("assetsForEmployees"),
      assetsForCustomers: flag("assetsForCustomers"),
      assetTagPrefix: text("assetTagPrefix"),
      removeFavicon: flag("removeFavicon"),
    },
    { logo: await file("logo"), favicon: await file("favicon") },
  );
  // Every page shows the branding: the layouts read the settings again.
  if (result.ok) revalidatePath("/", "layout");
  return translateResult("portalSettings", result);
}

/** "Reset to defaults" (the form asks first): the branding as installed; switches and rules stay. */
export async function resetBrandingAction(_prev: ActionResult | null, _form?: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer || !isAdmin(viewer)) return translateResult<never>("portalSettings", fail("errors.notAllowed"));
  const result = await resetBranding(viewer);
  if (result.ok) revalidatePath("/", "layout");
  return translateResult("portalSettings", result);
}
