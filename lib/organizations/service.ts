import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { audit } from "@/lib/audit/log";
import { ticketChoicesChanged } from "@/lib/tickets/choices";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { organizationIdSchema, organizationUpdateSchema, type OrganizationUpdateInput } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/**
 * An admin renames an organization, sets its kind, or lets its members see each other's tickets.
 * Messages are catalogue keys of the "organizations" namespace.
 */
export async function updateOrganization(viewer: ViewerLike, rawId: unknown, input: OrganizationUpdateInput): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const id = organizationIdSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const parsed = organizationUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const current = await db.organization.findUnique({ where: { id: id.data }, select: { name: true, kind: true, shareTickets: true } });
  if (!current) return fail("errors.notFound");
  const clash = await db.organization.findFirst({ where: { name: parsed.data.name, id: { not: id.data } }, select: { id: true } });
  if (clash) return fail("errors.invalid", { name: ["errors.nameTaken"] });
  const changes = Object.fromEntries(
    (Object.keys(parsed.data) as (keyof typeof parsed.data)[])
      .filter((k) => parsed.data[k] !== current[k])
      .map((k) => [k, { from: current[k], to: parsed.data[k] }]),
  );
  if (Object.keys(changes).length === 0) return ok(undefined);
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: id.data }, data: parsed.data });
    await audit(tx, { actorId: viewer.id, action: "organization.update", targetType: "Organization", targetId: id.data, data: changes });
  });
  if (changes.name) await ticketChoicesChanged();
  return ok(undefined);
}
