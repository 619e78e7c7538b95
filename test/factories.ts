import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/accounts/service";
import { db } from "@/lib/db";

/** A user made through the app's own service, with a unique email, returned as a viewer. */
export async function makeUser(role: "CUSTOMER" | "AGENT" | "ADMIN" = "CUSTOMER", extra: { organizationName?: string; password?: string } = {}) {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const result = await createUser(null, { email, name: `Test ${role}`, role, ...extra });
  if (!result.ok) throw new Error(`makeUser: ${JSON.stringify(result)}`);
  return db.user.findUniqueOrThrow({
    where: { id: result.data.id },
    select: { id: true, email: true, role: true, organizationId: true },
  });
}

export async function makeCategory() {
  const slug = `cat-${randomUUID()}`;
  return db.ticketCategory.create({ data: { slug, nameEn: "Test category", nameEs: "Categoría de prueba" } });
}
