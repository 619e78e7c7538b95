import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { PortalPerson } from "@/lib/portal/person";

/**
 * The documents assigned to a person: to them, to their organization, or to everyone of their kind
 * (the kind rule reaches portal users only, never agents or admins).
 */
export function assignedDocumentsWhere(person: PortalPerson): Prisma.DocumentWhereInput {
  const to: Prisma.DocumentAssignmentWhereInput[] = [{ userId: person.id }];
  if (person.organizationId) to.push({ organizationId: person.organizationId });
  if (person.role === "CUSTOMER") to.push({ personKind: person.kind });
  return { archivedAt: null, assignments: { some: { OR: to } } };
}
