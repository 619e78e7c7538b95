"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { deleteAnnouncement, dismissAnnouncement, saveAnnouncement } from "./service";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function saveAnnouncementAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("announcements", fail("errors.signedOut"));
  const id = field(form, "id") || undefined;
  const result = await saveAnnouncement(viewer, {
    id,
    severity: (field(form, "severity") ?? "") as "INFO",
    messageEn: field(form, "messageEn") ?? "",
    messageEs: field(form, "messageEs") ?? "",
    startsAt: field(form, "startsAt") ?? "",
    endsAt: field(form, "endsAt") ?? "",
  });
  if (!result.ok) return translateResult("announcements", result);
  revalidatePath("/", "layout");
  redirect("/admin/announcements?saved=1");
}

export async function deleteAnnouncementAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("announcements", fail("errors.signedOut"));
  const result = await deleteAnnouncement(viewer, field(form, "id"));
  if (!result.ok) return translateResult("announcements", result);
  revalidatePath("/", "layout");
  redirect("/admin/announcements?deleted=1");
}

/** The portal's "Close" on an announcement: stored for the person, so it stays closed everywhere. */
export async function dismissAnnouncementAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("announcements", fail("errors.signedOut"));
  const result = await dismissAnnouncement(viewer, field(form, "id"));
  if (result.ok) revalidatePath("/", "layout");
  return translateResult("announcements", result);
}
