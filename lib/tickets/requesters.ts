import "server-only";
import { z } from "zod";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";

// Whom an agent may open a ticket for: any person record, with portal access or not. People
// without access are exactly those who phone or walk in; they simply get no email about it.

type ViewerLike = Pick<Viewer, "id" | "role">;

export const REQUESTER_RESULTS = 10;
const requesterSelect = { id: true, name: true, email: true, portalAccess: true, organization: { select: { name: true } } } as const;

/** People whose name or email contains `q`, for the requester picker; nothing for a non-agent. */
export async function searchRequesters(viewer: ViewerLike, rawQuery: unknown) {
  const q = z.string().trim().min(1).max(100).safeParse(rawQuery);
  if (!isStaff(viewer) || !q.success) return [];
  return db.user.findMany({
    where: { OR: [{ name: containsText(q.data) }, { email: { contains: q.data.toLowerCase() } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: REQUESTER_RESULTS,
    select: requesterSelect,
  });
}

export async function getRequester(viewer: ViewerLike, rawId: unknown) {
  const id = z.string().min(1).max(64).safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  return db.user.findUnique({ where: { id: id.data }, select: requesterSelect });
}
