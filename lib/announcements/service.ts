import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { announcementSchema, type AnnouncementInput } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

// Announcements: admins write them (audited); the portal shows the ones running now to customers,
// who may close each for themselves. Messages are keys of the "announcements" namespace.

/** An admin adds (no id) or changes an announcement. */
export async function saveAnnouncement(viewer: ViewerLike, input: AnnouncementInput): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { id, ...data } = parsed.data;
  return db.$transaction(async (tx) => {
    if (id) {
      const existing = await tx.announcement.findUnique({ where: { id }, select: { id: true } });
      if (!existing) return fail("errors.notFound");
      await tx.announcement.update({ where: { id }, data });
    }
    const saved = id ? { id } : await tx.announcement.create({ data: { ...data, createdById: viewer.id }, select: { id: true } });
    await audit(tx, {
      actorId: viewer.id,
      action: id ? "announcement.update" : "announcement.create",
      targetType: "Announcement",
      targetId: saved.id,
      data: { severity: data.severity, startsAt: data.startsAt.toISOString(), endsAt: data.endsAt.toISOString() },
    });
    return ok({ id: saved.id });
  });
}

/** An admin deletes an announcement (and who had closed it). */
export async function deleteAnnouncement(viewer: ViewerLike, id: string | undefined): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  if (!id) return fail("errors.notFound");
  return db.$transaction(async (tx) => {
    const { count } = await tx.announcement.deleteMany({ where: { id } });
    if (count === 0) return fail("errors.notFound");
    await audit(tx, { actorId: viewer.id, action: "announcement.delete", targetType: "Announcement", targetId: id });
    return ok(undefined);
  });
}

/** A signed-in person closes an announcement that is running now; closing it again changes nothing. */
export async function dismissAnnouncement(viewer: ViewerLike, id: string | undefined, now = new Date()): Promise<ActionResult> {
  if (!id) return fail("errors.notFound");
  const running = await db.announcement.findFirst({ where: { id, startsAt: { lte: now }, endsAt: { gt: now } }, select: { id: true } });
  if (!running) return fail("errors.notFound");
  await db.announcementDismissal.upsert({
    where: { announcementId_userId: { announcementId: id, userId: viewer.id } },
    update: { userId: viewer.id },
    create: { announcementId: id, userId: viewer.id },
  });
  return ok(undefined);
}
