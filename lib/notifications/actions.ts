"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { markAllNotificationsRead, unreadNotificationCount } from "./service";
import { setAgentEmailPreferences } from "./agent-email";
import { AGENT_EMAIL_SWITCHES, agentEmailSwitchesSchema } from "./schema";

/** The bell re-reads its count when told something changed: the viewer's unread count (0 for anyone who is not an agent). */
export async function unreadCountAction(): Promise<number> {
  const viewer = await getSession();
  return viewer ? unreadNotificationCount(viewer) : 0;
}

export async function markAllReadAction(): Promise<void> {
  const viewer = await getSession();
  if (!viewer || !isStaff(viewer)) return;
  await markAllNotificationsRead(viewer);
  revalidatePath("/admin", "layout");
}

export async function agentEmailPreferencesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("notifications", fail("errors.signedOut"));
  if (!isStaff(viewer)) return translateResult<never>("notifications", fail("errors.notAllowed"));
  const parsed = agentEmailSwitchesSchema.safeParse(Object.fromEntries(AGENT_EMAIL_SWITCHES.map((k) => [k, form.get(k) === "on"])));
  if (!parsed.success) return translateResult<never>("notifications", fail("errors.notAllowed"));
  await setAgentEmailPreferences(viewer.id, parsed.data);
  revalidatePath("/account");
  return ok(undefined);
}
