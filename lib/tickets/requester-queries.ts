import "server-only";
import { organizationsNamed } from "./choices";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import type { TicketStatus } from "@/generated/prisma-sqlite/enums";

type ViewerLike = Pick<Viewer, "id" | "role">;

export const OTHER_OPEN_SHOWN = 5;

/**
 * What an agent sees about the requester of a ticket: their contact details and their other
 * tickets still open (neither resolved nor closed), newest first. Null for a viewer who is not staff.
 */
export async function getRequesterCard(viewer: ViewerLike, ticket: { id: number; requesterId: string }) {
  // Staff see every ticket (visibleTicketsWhere is empty for them), so nothing below filters on the viewer.
  if (!isStaff(viewer)) return null;
  // Every console ticket view draws the card: two SQL statements, where Prisma's three queries were
  // each compiled anew (about a millisecond of CPU apiece). The count comes with the rows.
  const [[requester], otherOpen] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; email: string; phone: string | null; jobTitle: string | null; organizationId: string | null }[]>`
      SELECT "id", "name", "email", "phone", "jobTitle", "organizationId" FROM "User" WHERE "id" = ${ticket.requesterId}`,
    db.$queryRaw<{ id: number; subject: string; status: TicketStatus; createdAt: Date; total: number | bigint }[]>`
      SELECT "id", "subject", "status", "createdAt", COUNT(*) OVER () AS "total" FROM "Ticket"
      WHERE "requesterId" = ${ticket.requesterId} AND "id" <> ${ticket.id} AND "status" NOT IN ('RESOLVED', 'CLOSED')
      ORDER BY "createdAt" DESC, "id" DESC LIMIT ${OTHER_OPEN_SHOWN}`,
  ]);
  if (!requester) return null;
  const { organizationId, ...person } = requester;
  const organization = organizationId ? ((await organizationsNamed([organizationId])).get(organizationId) ?? null) : null;
  return {
    requester: { ...person, organization },
    otherOpen: otherOpen.map(({ total: _total, ...item }) => item),
    otherOpenCount: Number(otherOpen[0]?.total ?? 0),
  };
}

export type RequesterCard = NonNullable<Awaited<ReturnType<typeof getRequesterCard>>>;
