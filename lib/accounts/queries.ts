import "server-only";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { PEOPLE_PAGE_SIZE, type PeopleFilter } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/** Employees and customers for the console's list; nothing for a viewer who is not staff. */
export async function listPeople(viewer: ViewerLike, filter: PeopleFilter) {
  if (!isStaff(viewer)) return null;
  const where: Prisma.UserWhereInput = {};
  if (filter.q) {
    where.OR = [{ name: containsText(filter.q) }, { email: { contains: filter.q.toLowerCase() } }];
  }
  if (filter.kind) where.kind = filter.kind;
  if (filter.organizationId) where.organizationId = filter.organizationId;
  if (filter.access) where.portalAccess = filter.access === "on";
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true, name: true, email: true, role: true, kind: true, portalAccess: true, lastSignInAt: true,
        organization: { select: { name: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}

/** One record with its Portal tab; null for a viewer who is not staff or an unknown id. */
export async function getPerson(viewer: ViewerLike, id: string) {
  if (!isStaff(viewer) || typeof id !== "string" || id.length > 64) return null;
  return db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, kind: true, phone: true, jobTitle: true, locale: true,
      portalAccess: true, mustChangePassword: true, lastSignInAt: true, createdAt: true,
      organization: { select: { id: true, name: true } },
      portalOptions: { select: { showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true } },
      _count: { select: { sessions: true } },
    },
  });
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

export async function listOrganizations() {
  return db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The signed-in user's own browsers, newest first, for /account. */
export async function listOwnSessions(viewer: Pick<Viewer, "id">) {
  return db.authSession.findMany({
    where: { userId: viewer.id, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}
