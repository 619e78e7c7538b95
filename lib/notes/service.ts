import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { noteIdSchema, noteSchema, type NoteInput } from "./schema";

// Notes: agents and admins write them for a person, an organization or everyone of a kind;
// messages are "notes" keys.

type ViewerLike = Pick<Viewer, "id" | "role">;

/** Writes a new note (no id) or changes one; a changed note is "new" again for its readers. */
export async function saveNote(viewer: ViewerLike, input: NoteInput): Promise<ActionResult<{ id: string }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { id, title, body, target } = parsed.data;
  // Exactly one audience: a person, an organization, or every portal user of a kind.
  let recipient: { userId: string | null; organizationId: string | null; personKind: "EMPLOYEE" | "CUSTOMER" | null };
  if (target.type === "person") {
    const person = await db.user.findUnique({ where: { email: target.email }, select: { id: true, role: true } });
    if (!person || person.role !== "CUSTOMER") return fail("errors.invalid", { email: ["errors.personUnknown"] });
    recipient = { userId: person.id, organizationId: null, personKind: null };
  } else if (target.type === "organization") {
    const org = await db.organization.findUnique({ where: { id: target.organizationId }, select: { id: true } });
    if (!org) return fail("errors.invalid", { organizationId: ["errors.targetInvalid"] });
    recipient = { userId: null, organizationId: org.id, personKind: null };
  } else {
    recipient = { userId: null, organizationId: null, personKind: target.kind };
  }
  const data = { title, body, ...recipient };
  if (id) {
    const done = await db.$transaction(async (tx) => {
      const found = await tx.note.updateMany({ where: { id }, data });
      if (found.count === 0) return false;
      await audit(tx, { actorId: viewer.id, action: "note.update", targetType: "Note", targetId: id, data: { title } });
      return true;
    });
    return done ? ok({ id }) : fail("errors.notFound");
  }
  const row = await db.$transaction(async (tx) => {
    const created = await tx.note.create({ data: { ...data, authorId: viewer.id }, select: { id: true } });
    await audit(tx, { actorId: viewer.id, action: "note.create", targetType: "Note", targetId: created.id, data: { title } });
    return created;
  });
  return ok({ id: row.id });
}

export async function deleteNote(viewer: ViewerLike, rawId: unknown): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = noteIdSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const done = await db.$transaction(async (tx) => {
    const found = await tx.note.deleteMany({ where: { id: id.data } });
    if (found.count === 0) return false;
    await audit(tx, { actorId: viewer.id, action: "note.delete", targetType: "Note", targetId: id.data });
    return true;
  });
  return done ? ok(undefined) : fail("errors.notFound");
}
