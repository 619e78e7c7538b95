import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit/log";
import { ticketChoicesChanged } from "@/lib/tickets/choices";
import { directionSchema, fieldSchema, idSchema, parseOptionLines, readOptions, requestTypeSchema, type FieldInput, type RequestTypeInput } from "./schema";

// Managing request types and their fields: admins only. A type in use is never deleted, only
// deactivated, so that its tickets keep their type and their field values.

type ViewerLike = Pick<Viewer, "id" | "role">;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** Creates a type (no id) or updates one. */
export async function saveRequestType(viewer: ViewerLike, rawId: string | null, input: RequestTypeInput): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const parsed = requestTypeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  try {
    if (rawId === null) {
      const last = await db.ticketCategory.aggregate({ _max: { sortOrder: true } });
      const created = await db.ticketCategory.create({ data: { ...parsed.data, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true } });
      await audit(db, { actorId: viewer.id, action: "requestType.create", targetType: "TicketCategory", targetId: created.id, data: { slug: parsed.data.slug } });
      await ticketChoicesChanged();
      return ok(created);
    }
    const id = idSchema.safeParse(rawId);
    if (!id.success) return fail("errors.notFound");
    const updated = await db.ticketCategory.updateMany({ where: { id: id.data }, data: parsed.data });
    if (updated.count === 0) return fail("errors.notFound");
    await audit(db, { actorId: viewer.id, action: "requestType.update", targetType: "TicketCategory", targetId: id.data, data: { slug: parsed.data.slug } });
    await ticketChoicesChanged();
    return ok({ id: id.data });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.invalid", { slug: ["errors.slugTaken"] });
    throw error;
  }
}

export async function setRequestTypeActive(viewer: ViewerLike, rawId: unknown, active: boolean): Promise<ActionResult<{ active: boolean }>> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const id = idSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const updated = await db.ticketCategory.updateMany({ where: { id: id.data }, data: { active } });
  if (updated.count === 0) return fail("errors.notFound");
  await audit(db, { actorId: viewer.id, action: active ? "requestType.activate" : "requestType.deactivate", targetType: "TicketCategory", targetId: id.data });
  return ok({ active });
}

/** Swaps `items[index]` with its neighbour and renumbers the whole list, so ties cannot stick. */
function reordered<T extends { id: string }>(items: T[], id: string, direction: "up" | "down"): T[] | null {
  const index = items.findIndex((i) => i.id === id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0) return null;
  if (other < 0 || other >= items.length) return items;
  const next = [...items];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}

export async function moveRequestType(viewer: ViewerLike, rawId: unknown, rawDirection: unknown): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const id = idSchema.safeParse(rawId);
  const direction = directionSchema.safeParse(rawDirection);
  if (!id.success || !direction.success) return fail("errors.notFound");
  const all = await db.ticketCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true } });
  const next = reordered(all, id.data, direction.data);
  if (!next) return fail("errors.notFound");
  await db.$transaction(next.map((item, sortOrder) => db.ticketCategory.update({ where: { id: item.id }, data: { sortOrder } })));
  await ticketChoicesChanged();
  return ok(undefined);
}

/** Adds a field to a type (no fieldId) or changes one of its fields. */
export async function saveField(viewer: ViewerLike, rawTypeId: unknown, rawFieldId: string | null, input: FieldInput): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const typeId = idSchema.safeParse(rawTypeId);
  if (!typeId.success) return fail("errors.notFound");
  const parsed = fieldSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { options: optionsText, ...rest } = parsed.data;
  if (rawFieldId === null) {
    const category = await db.ticketCategory.findUnique({ where: { id: typeId.data }, select: { id: true } });
    if (!category) return fail("errors.notFound");
    const last = await db.ticketCategoryField.aggregate({ where: { categoryId: category.id }, _max: { sortOrder: true } });
    const options = rest.type === "CHOICE" ? JSON.stringify(parseOptionLines(optionsText)) : "[]";
    const created = await db.ticketCategoryField.create({
      data: { ...rest, options, categoryId: category.id, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: { id: true },
    });
    await audit(db, { actorId: viewer.id, action: "requestType.field.create", targetType: "TicketCategory", targetId: category.id, data: { fieldId: created.id } });
    return ok(created);
  }
  const fieldId = idSchema.safeParse(rawFieldId);
  if (!fieldId.success) return fail("errors.notFound");
  const current = await db.ticketCategoryField.findFirst({ where: { id: fieldId.data, categoryId: typeId.data }, select: { type: true, options: true, _count: { select: { values: true } } } });
  if (!current) return fail("errors.notFound");
  // Stored values were checked against the type they were given for; it cannot change under them.
  if (current._count.values > 0 && current.type !== rest.type) return fail("errors.invalid", { type: ["errors.fieldTypeInUse"] });
  const options = rest.type === "CHOICE" ? JSON.stringify(parseOptionLines(optionsText, readOptions(current.options))) : "[]";
  await db.ticketCategoryField.update({ where: { id: fieldId.data }, data: { ...rest, options } });
  await audit(db, { actorId: viewer.id, action: "requestType.field.update", targetType: "TicketCategory", targetId: typeId.data, data: { fieldId: fieldId.data } });
  return ok({ id: fieldId.data });
}

export async function setFieldActive(viewer: ViewerLike, rawTypeId: unknown, rawFieldId: unknown, active: boolean): Promise<ActionResult<{ active: boolean }>> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const typeId = idSchema.safeParse(rawTypeId);
  const fieldId = idSchema.safeParse(rawFieldId);
  if (!typeId.success || !fieldId.success) return fail("errors.notFound");
  const updated = await db.ticketCategoryField.updateMany({ where: { id: fieldId.data, categoryId: typeId.data }, data: { active } });
  if (updated.count === 0) return fail("errors.notFound");
  return ok({ active });
}

export async function moveField(viewer: ViewerLike, rawTypeId: unknown, rawFieldId: unknown, rawDirection: unknown): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const typeId = idSchema.safeParse(rawTypeId);
  const fieldId = idSchema.safeParse(rawFieldId);
  const direction = directionSchema.safeParse(rawDirection);
  if (!typeId.success || !fieldId.success || !direction.success) return fail("errors.notFound");
  const all = await db.ticketCategoryField.findMany({ where: { categoryId: typeId.data }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
  const next = reordered(all, fieldId.data, direction.data);
  if (!next) return fail("errors.notFound");
  await db.$transaction(next.map((item, sortOrder) => db.ticketCategoryField.update({ where: { id: item.id }, data: { sortOrder } })));
  return ok(undefined);
}
