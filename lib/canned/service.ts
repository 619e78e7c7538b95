import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { isAdmin, isStaff } from "@/lib/auth/permissions";
import { visibleTicketsWhere } from "@/lib/tickets/access";
import { ticketIdSchema } from "@/lib/tickets/schema";
import { cannedIdSchema, cannedResponseSchema, type CannedResponseInput } from "./schema";
import { fillPlaceholders } from "./placeholders";
import { cannedChoicesChanged } from "./queries";

// The rules of canned responses: admins manage them, agents and admins use them. Each function
// takes the viewer and checks their rights itself. Messages are catalogue keys (canned.*).

type ViewerLike = Pick<Viewer, "id" | "role" | "name">;

/** Adds a canned response (no id) or edits one: admins only. */
export async function saveCannedResponse(viewer: ViewerLike, input: CannedResponseInput): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(viewer)) return fail("errors.forbidden");
  const parsed = cannedResponseSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { id, ...data } = parsed.data;
  if (id) {
    const updated = await db.$transaction(async (tx) => {
      const found = await tx.cannedResponse.updateMany({ where: { id }, data });
      if (found.count === 0) return false;
      await audit(tx, { actorId: viewer.id, action: "canned.update", targetType: "CannedResponse", targetId: id, data: { title: data.title } });
      return true;
    });
    if (!updated) return fail("errors.notFound");
    await cannedChoicesChanged();
    return ok({ id });
  }
  const created = await db.$transaction(async (tx) => {
    const row = await tx.cannedResponse.create({ data: { ...data, createdById: viewer.id }, select: { id: true } });
    await audit(tx, { actorId: viewer.id, action: "canned.create", targetType: "CannedResponse", targetId: row.id, data: { title: data.title } });
    return row;
  });
  await cannedChoicesChanged();
  return ok({ id: created.id });
}

/** Deletes a canned response: admins only. */
export async function deleteCannedResponse(viewer: ViewerLike, rawId: unknown): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.forbidden");
  const id = cannedIdSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const deleted = await db.$transaction(async (tx) => {
    const found = await tx.cannedResponse.deleteMany({ where: { id: id.data } });
    if (found.count === 0) return false;
    await audit(tx, { actorId: viewer.id, action: "canned.delete", targetType: "CannedResponse", targetId: id.data });
    return true;
  });
  if (!deleted) return fail("errors.notFound");
  await cannedChoicesChanged();
  return ok(undefined);
}

/**
 * The body of an active canned response with its placeholders filled for one ticket, for an agent
 * or admin who may see that ticket.
 */
export async function renderCannedResponse(viewer: ViewerLike, input: { id: unknown; ticketId: unknown }): Promise<ActionResult<{ body: string }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const id = cannedIdSchema.safeParse(input.id);
  const ticketId = ticketIdSchema.safeParse(input.ticketId);
  if (!id.success || !ticketId.success) return fail("errors.notFound");
  const [canned, ticket] = await Promise.all([
    db.cannedResponse.findFirst({ where: { id: id.data, active: true }, select: { body: true } }),
    db.ticket.findFirst({
      where: { id: ticketId.data, ...visibleTicketsWhere(viewer) },
      select: { id: true, subject: true, requester: { select: { name: true, email: true } } },
    }),
  ]);
  if (!canned || !ticket) return fail("errors.notFound");
  return ok({
    body: fillPlaceholders(canned.body, {
      "requester.name": ticket.requester.name,
      "requester.email": ticket.requester.email,
      "agent.name": viewer.name,
      "ticket.id": String(ticket.id),
      "ticket.subject": ticket.subject,
    }),
  });
}
