import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { getPortalSettings } from "@/lib/settings/queries";
import { timeZoneSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id">;

/** The zone a person's dates are shown in: their own, else the portal's default. */
export async function timeZoneOf(person: { timeZone: string | null } | null): Promise<string> {
  return person?.timeZone ?? (await getPortalSettings()).defaultTimeZone;
}

/** Same, for a person known by id (email to someone who is not the viewer). */
export async function timeZoneOfUser(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return timeZoneOf(user);
}

/** The person chooses their time zone on /account. */
export async function setOwnTimeZone(viewer: ViewerLike, raw: unknown): Promise<ActionResult<{ timeZone: string }>> {
  const parsed = timeZoneSchema.safeParse(raw);
  if (!parsed.success) return fail("errors.timeZoneInvalid", { timeZone: ["errors.timeZoneInvalid"] });
  await db.user.update({ where: { id: viewer.id }, data: { timeZone: parsed.data } });
  return ok({ timeZone: parsed.data });
}

/**
 * The browser's zone, taken once: only while the person has none, so a choice made on /account is
 * never replaced by whatever machine they sign in from next. True when it was stored.
 */
export async function adoptBrowserTimeZone(viewer: ViewerLike, raw: unknown): Promise<boolean> {
  const parsed = timeZoneSchema.safeParse(raw);
  if (!parsed.success) return false;
  const updated = await db.user.updateMany({ where: { id: viewer.id, timeZone: null }, data: { timeZone: parsed.data } });
  return updated.count > 0;
}
