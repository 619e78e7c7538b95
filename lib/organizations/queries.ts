import "server-only";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { ORGANIZATIONS_PAGE_SIZE, organizationIdSchema, type OrganizationsFilter } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

const organizationSelect = {
  id: true,
  name: true,
  kind: true,
  shareTickets: true,
  _count: { select: { members: true, tickets: true } },
} satisfies Prisma.OrganizationSelect;

/** Organizations for the console's list, with member and ticket counts; null for non-staff. */
export async function listOrganizationsPage(viewer: ViewerLike, filter: OrganizationsFilter) {
  if (!isStaff(viewer)) return null;
  const where: Prisma.OrganizationWhereInput = filter.q ? { name: containsText(filter.q) } : {};
  const [items, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * ORGANIZATIONS_PAGE_SIZE,
      take: ORGANIZATIONS_PAGE_SIZE,
      select: organizationSelect,
    }),
    db.organization.count({ where }),
  ]);
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / ORGANIZATIONS_PAGE_SIZE)) };
}

/** One organization; null for non-staff or an unknown id. */
export async function getOrganization(viewer: ViewerLike, rawId: unknown) {
  const id = organizationIdSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  return db.organization.findUnique({ where: { id: id.data }, select: organizationSelect });
}

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;

export const ORGANIZATION_LIST_LIMIT = 50;

/** The organization's people and its latest tickets, for its console page (the counts say if there are more). */
export async function getOrganizationContents(viewer: ViewerLike, organizationId: string) {
  if (!isStaff(viewer)) return null;
  const [members, tickets] = await Promise.all([
    db.user.findMany({
      where: { organizationId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: ORGANIZATION_LIST_LIMIT,
      select: { id: true, name: true, email: true, jobTitle: true },
    }),
    db.ticket.findMany({
      where: { organizationId },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: ORGANIZATION_LIST_LIMIT,
      select: { id: true, subject: true, status: true, updatedAt: true, requester: { select: { name: true } } },
    }),
  ]);
  return { members, tickets };
}
