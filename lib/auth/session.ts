import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { auth } from "./config";
import { isStaff } from "./permissions";
import type { Role } from "@/generated/prisma-sqlite/enums";

export type Viewer = {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  locale: string | null;
  timeZone: string | null;
  mustChangePassword: boolean;
};

const TOUCH_AFTER_MS = 5 * 60 * 1000;

/**
 * The one identity choke point: the signed-in user, or null. The cookie alone is not enough:
 * its server-side session row must still exist and the account must still have portal access.
 */
export const getSession = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as { sid?: string } | null;
  if (!session?.sid) return null;
  const row = await db.authSession.findUnique({
    where: { id: session.sid },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true, email: true, name: true, role: true, organizationId: true,
          locale: true, timeZone: true, mustChangePassword: true, portalAccess: true,
        },
      },
    },
  });
  if (!row || row.expiresAt < new Date() || !row.user.portalAccess) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.authSession.update({ where: { id: row.id }, data: { lastSeenAt: new Date() } });
  }
  const { portalAccess: _portalAccess, ...user } = row.user;
  return { ...user, sessionId: row.id };
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getSession();
  if (!viewer) redirect("/login");
  return viewer;
}

/** For /admin pages: agents and admins only; everyone else gets a 404, not a hint. */
export async function requireStaffPage(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  return viewer;
}
