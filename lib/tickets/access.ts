import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma-sqlite/client";

type ViewerLike = { id: string; role: "CUSTOMER" | "AGENT" | "ADMIN" };

/**
 * Which tickets a viewer may see: agents and admins all of them; a customer their own, and their
 * organization's when it shares tickets. Membership and sharing are read from the database in the
 * same query, so a customer who moved to another organization stops seeing the old one's at once.
 */
export function visibleTicketsWhere(viewer: ViewerLike): Prisma.TicketWhereInput {
  if (isStaff(viewer)) return {};
  return { OR: [{ requesterId: viewer.id }, sharedWithViewerWhere(viewer)] };
}

/**
 * The same rule as SQL, a condition to append for the ticket alias `t`: the pages that read a ticket
 * on every view use it, where Prisma compiled its query anew each time.
 */
export function visibleTicketsSql(viewer: ViewerLike): Prisma.Sql {
  if (isStaff(viewer)) return Prisma.empty;
  return Prisma.sql`AND (t."requesterId" = ${viewer.id} OR EXISTS (
    SELECT 1 FROM "User" member JOIN "Organization" o ON o."id" = member."organizationId"
    WHERE member."id" = ${viewer.id} AND o."id" = t."organizationId" AND o."shareTickets" = ${true}))`;
}

/** Tickets of the viewer's current organization, when that organization shares tickets. */
export function sharedWithViewerWhere(viewer: Pick<ViewerLike, "id">): Prisma.TicketWhereInput {
  return { organization: { shareTickets: true, members: { some: { id: viewer.id } } } };
}

/** Which messages of a visible ticket a viewer may read: internal notes are for staff only. */
export function visibleMessagesWhere(viewer: ViewerLike): Prisma.TicketMessageWhereInput {
  return isStaff(viewer) ? {} : { internal: false };
}

/** The same rule as SQL, a condition to append for the message alias `m`. */
export function visibleMessagesSql(viewer: ViewerLike): Prisma.Sql {
  return isStaff(viewer) ? Prisma.empty : Prisma.sql`AND m."internal" = ${false}`;
}
