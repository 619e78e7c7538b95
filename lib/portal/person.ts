import "server-only";
import { db } from "@/lib/db";

/** What decides which assigned items reach a person: who they are, their organization and kind. */
export type PortalPerson = { id: string; role: "CUSTOMER" | "AGENT" | "ADMIN"; kind: "EMPLOYEE" | "CUSTOMER"; organizationId: string | null };

/** The person behind a viewer, read fresh (organization and kind change while signed in). */
export async function portalPerson(viewer: { id: string }): Promise<PortalPerson | null> {
  return db.user.findUnique({ where: { id: viewer.id }, select: { id: true, role: true, kind: true, organizationId: true } });
}
