"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { adoptBrowserTimeZone, setOwnTimeZone } from "./service";

export async function setTimeZoneAction(_prev: ActionResult<{ timeZone: string }> | null, form: FormData): Promise<ActionResult<{ timeZone: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("timeZones", fail("errors.signedOut"));
  const result = await setOwnTimeZone(viewer, form.get("timeZone"));
  if (result.ok) revalidatePath("/", "layout");
  return translateResult("timeZones", result);
}

/** Called once by the page when the signed-in person has no zone yet. */
export async function adoptBrowserTimeZoneAction(timeZone: string): Promise<boolean> {
  const viewer = await getSession();
  if (!viewer || viewer.timeZone) return false;
  return adoptBrowserTimeZone(viewer, timeZone);
}
