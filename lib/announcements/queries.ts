import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { AnnouncementSeverity } from "./schema";

export type PortalAnnouncement = { id: string; severity: AnnouncementSeverity; message: string; endsAt: Date };

/** The announcements running now that this person has not closed, in their language, outages first. */
export const runningAnnouncements = cache(async (viewerId: string, locale: string, now: Date = new Date()): Promise<PortalAnnouncement[]> => {
  const rows = await db.announcement.findMany({
    where: { startsAt: { lte: now }, endsAt: { gt: now }, dismissals: { none: { userId: viewerId } } },
    select: { id: true, severity: true, messageEn: true, messageEs: true, endsAt: true, startsAt: true },
    orderBy: [{ startsAt: "desc" }],
    take: 20,
  });
  const order: Record<AnnouncementSeverity, number> = { OUTAGE: 0, WARNING: 1, INFO: 2 };
  return rows
    .map((r) => ({ id: r.id, severity: r.severity, message: locale === "es" ? r.messageEs : r.messageEn, endsAt: r.endsAt }))
    .sort((a, b) => order[a.severity] - order[b.severity]);
});

const PAGE_SIZE = 20;

/** The console's list, newest start first (admins; null for anyone else). */
export async function listAnnouncements(viewer: Pick<Viewer, "role">, options: { page?: number } = {}) {
  if (!isAdmin(viewer)) return null;
  const total = await db.announcement.count();
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const items = await db.announcement.findMany({
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, severity: true, messageEn: true, messageEs: true, startsAt: true, endsAt: true, _count: { select: { dismissals: true } } },
  });
  return { items, total, page, pageCount };
}

/** One announcement for its edit page (admins; null otherwise or when unknown). */
export async function getAnnouncement(viewer: Pick<Viewer, "role">, id: string) {
  if (!isAdmin(viewer)) return null;
  return db.announcement.findUnique({ where: { id }, select: { id: true, severity: true, messageEn: true, messageEs: true, startsAt: true, endsAt: true } });
}
