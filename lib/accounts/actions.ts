"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { initializePassword } from "@/lib/auth/password-change";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { renderEmail } from "@/lib/email/templates";
import { emailLookFor } from "@/lib/email/look";
import { timeZoneOfUser } from "@/lib/time-zones/service";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";
import { createUser, updatePerson, updatePortalOptions } from "./service";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const userIdSchema = z.string().min(1).max(64);

async function staffViewer() {
  const viewer = await getSession();
  return viewer && isStaff(viewer) ? viewer : null;
}

export async function createPersonAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await staffViewer();
  if (!viewer) return translateResult<never>("accounts", fail("notAllowed"));
  const result = await createUser(viewer, {
    email: text(form, "email") ?? "",
    name: text(form, "name") ?? "",
    kind: (text(form, "kind") ?? "") as "CUSTOMER",
    role: (text(form, "role") || "CUSTOMER") as "CUSTOMER",
    organizationName: text(form, "organizationName"),
    phone: text(form, "phone"),
    jobTitle: text(form, "jobTitle"),
    locale: (text(form, "locale") ?? "") as "en",
  });
  if (!result.ok) return translateResult("accounts", result);
  revalidatePath("/admin/employees");
  redirect(`/admin/employees/${result.data.id}`);
}

export async function updatePersonAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await staffViewer();
  const userId = userIdSchema.safeParse(text(form, "userId"));
  if (!viewer || !userId.success) return translateResult<never>("accounts", fail("notAllowed"));
  const result = await updatePerson(viewer, userId.data, {
    email: text(form, "email") ?? "",
    name: text(form, "name") ?? "",
    kind: (text(form, "kind") ?? "") as "CUSTOMER",
    role: (text(form, "role") ?? "") as "CUSTOMER",
    organizationName: text(form, "organizationName"),
    phone: text(form, "phone"),
    jobTitle: text(form, "jobTitle"),
    locale: (text(form, "locale") ?? "") as "en",
  });
  if (!result.ok) return translateResult("accounts", result);
  revalidatePath(`/admin/employees/${userId.data}`);
  redirect(`/admin/employees/${userId.data}?saved=1`);
}

export async function updatePortalOptionsAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await staffViewer();
  const userId = userIdSchema.safeParse(text(form, "userId"));
  if (!viewer || !userId.success) return translateResult<never>("accounts", fail("notAllowed"));
  const flag = (name: string) => form.get(name) === "on";
  const result = await updatePortalOptions(viewer, userId.data, {
    portalAccess: flag("portalAccess"),
    showChat: flag("showChat"),
    showAssets: flag("showAssets"),
    showDocuments: flag("showDocuments"),
    showNotes: flag("showNotes"),
    showConfirmations: flag("showConfirmations"),
  });
  if (!result.ok) return translateResult("accounts", result);
  revalidatePath(`/admin/employees/${userId.data}`);
  return ok(undefined);
}

/**
 * "(Re)Initialize Password": a new random password, emailed to the user in their language.
 * The agent is told where it went and never sees it.
 */
export async function initializePasswordAction(_prev: ActionResult<{ sentTo: string }> | null, form: FormData): Promise<ActionResult<{ sentTo: string }>> {
  const viewer = await staffViewer();
  const userId = userIdSchema.safeParse(text(form, "userId"));
  if (!viewer || !userId.success) return translateResult<never>("accounts", fail("notAllowed"));
  const result = await initializePassword(viewer, userId.data);
  if (!result.ok) return translateResult("auth", result);
  const { email, name, locale, password } = result.data;
  const settings = await getPortalSettings();
  const look = await emailLookFor({ timeZone: await timeZoneOfUser(userId.data) });
  const mail = renderEmail(
    "passwordInitialized",
    isLocale(locale) ? locale : DEFAULT_LOCALE,
    { name, email, password, loginUrl: new URL("/login", env.APP_URL).toString(), siteName: settings.siteName },
    look,
  );
  // Queued for delivery by a job; the outbox shows whether it went out.
  await sendEmail({ to: email, ...mail, kind: "passwordInitialized" });
  revalidatePath(`/admin/employees/${userId.data}`);
  return ok({ sentTo: email });
}
