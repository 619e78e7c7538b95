import "server-only";
import { organizationsNamed } from "./choices";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { visibleTicketsWhere } from "./access";

type ViewerLike = Pick<Viewer, "id" | "role">;

export const OTHER_OPEN_SHOWN = 5;

/**
 * What an agent sees about the requester of a ticket: their contact details and their other
 * tickets still open (neither resolved nor closed), newest first. Null for a viewer who is not staff.
 */
export async function getRequesterCard(viewer: ViewerLike, ticket: { id: number; requesterId: string }) {
  if (!isStaff(viewer)) return null;
  const otherOpen: Prisma.TicketWhereInput = {
    AND: [visibleTicketsWhere(viewer), { requesterId: ticket.requesterId, id: { not: ticket.id }, status: { notIn: ["RESOLVED", "CLOSED"] } }],
  };
  const [requester, tickets, otherOpenCount] = await Promise.all([
    db.user.findUnique({
      where: { id: ticket.requesterId },
      select: { id: true, name: true, email: true, phone: true, jobTitle: true, organizationId: true },
    }),
    db.ticket.findMany({
      where: otherOpen,
      select: { id: true, subject: true, status: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OTHER_OPEN_SHOWN,
    }),
    db.ticket.count({ where: otherOpen }),
  ]);
  if (!requester) return null;
  const { organizationId, ...person } = requester;
  const organization = organizationId ? ((await organizationsNamed([organizationId])).get(organizationId) ?? null) : null;
  return { requester: { ...person, organization }, otherOpen: tickets, otherOpenCount };
}

export type RequesterCard = NonNullable<Awaited<ReturnType<typeof getRequesterCard>>>;
