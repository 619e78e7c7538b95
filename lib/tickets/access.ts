import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";

type ViewerLike = { id: string; role: "CUSTOMER" | "AGENT" | "ADMIN" };

/** Which tickets a viewer may see: agents and admins all of them, a customer only their own. */
export function visibleTicketsWhere(viewer: ViewerLike): Prisma.TicketWhereInput {
  if (isStaff(viewer)) return {};
  return { requesterId: viewer.id };
}

/** Which messages of a visible ticket a viewer may read: internal notes are for staff only. */
export function visibleMessagesWhere(viewer: ViewerLike): Prisma.TicketMessageWhereInput {
  return isStaff(viewer) ? {} : { internal: false };
}
