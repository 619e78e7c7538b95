import "server-only";
import { z } from "zod";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";

// Whom documents, notes and confirmations can be given to: portal users (customers and employees
// with the customer role), found by name or email for the console's people picker.

export const PEOPLE_RESULTS = 10;
const querySchema = z.string().trim().min(1).max(100);

export type PickablePerson = { id: string; name: string; email: string; organization: string | null };

/** At most PEOPLE_RESULTS portal users whose name or email contains `q`; nothing for a non-agent. */
export async function findPortalPeople(viewer: Pick<Viewer, "role">, rawQuery: unknown): Promise<PickablePerson[]> {
  const q = querySchema.safeParse(rawQuery);
  if (!isStaff(viewer) || !q.success) return [];
  const rows = await db.user.findMany({
    where: { role: "CUSTOMER", OR: [{ name: containsText(q.data) }, { email: { contains: q.data.toLowerCase() } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PEOPLE_RESULTS,
    select: { id: true, name: true, email: true, organization: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organization: r.organization?.name ?? null }));
}

/** The portal user with this email as a picker choice (a form opened for someone), else null. */
export async function pickedPerson(viewer: Pick<Viewer, "role">, rawEmail: unknown): Promise<{ email: string; name: string } | null> {
  const email = z.string().trim().toLowerCase().email().max(320).safeParse(rawEmail);
  if (!isStaff(viewer) || !email.success) return null;
  return db.user.findFirst({ where: { email: email.data, role: "CUSTOMER" }, select: { email: true, name: true } });
}
