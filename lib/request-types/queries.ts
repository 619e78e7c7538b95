import "server-only";
import { db } from "@/lib/db";
import { isAdmin, isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsWhere } from "@/lib/tickets/access";
import { ticketIdSchema } from "@/lib/tickets/schema";
import { idSchema, readOptions, type FieldOption } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;
type Locale = string;

const fieldSelect = { id: true, labelEn: true, labelEs: true, type: true, required: true, options: true, sortOrder: true, active: true } as const;

/** Every request type with its use, for the admins' list; null for anyone else. */
export async function listRequestTypes(viewer: ViewerLike) {
  if (!isAdmin(viewer)) return null;
  return db.ticketCategory.findMany({
    orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
    select: {
      id: true, slug: true, nameEn: true, nameEs: true, icon: true, active: true, sortOrder: true,
      _count: { select: { tickets: true, fields: { where: { active: true } } } },
    },
  });
}

/** One request type with all its fields (inactive ones too), for its admin page. */
export async function getRequestType(viewer: ViewerLike, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  if (!isAdmin(viewer) || !id.success) return null;
  const type = await db.ticketCategory.findUnique({
    where: { id: id.data },
    select: {
      id: true, slug: true, nameEn: true, nameEs: true, descriptionEn: true, descriptionEs: true, icon: true, active: true,
      fields: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: fieldSelect },
      _count: { select: { tickets: true } },
    },
  });
  return type && { ...type, fields: type.fields.map((f) => ({ ...f, options: readOptions(f.options) })) };
}
export type RequestTypeDetail = NonNullable<Awaited<ReturnType<typeof getRequestType>>>;

export type FormField = { id: string; label: string; type: "TEXT" | "CHOICE" | "DATE" | "CHECKBOX" | "ASSET"; required: boolean; options: { value: string; label: string }[] };
export type FormRequestType = { id: string; name: string; description: string; icon: string; fields: FormField[] };

const pick = (locale: Locale, en: string, es: string) => (locale === "es" ? es : en);

/** The active request types and their active fields, in the viewer's language, for the new-ticket form. */
export async function listRequestTypesForForm(locale: Locale): Promise<FormRequestType[]> {
  const types = await db.ticketCategory.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
    select: {
      id: true, nameEn: true, nameEs: true, descriptionEn: true, descriptionEs: true, icon: true,
      fields: { where: { active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: fieldSelect },
    },
  });
  return types.map((t) => ({
    id: t.id,
    name: pick(locale, t.nameEn, t.nameEs),
    description: pick(locale, t.descriptionEn, t.descriptionEs),
    icon: t.icon,
    fields: t.fields.map((f) => ({
      id: f.id,
      label: pick(locale, f.labelEn, f.labelEs),
      type: f.type,
      required: f.required,
      options: readOptions(f.options).map((o: FieldOption) => ({ value: o.value, label: pick(locale, o.en, o.es) })),
    })),
  }));
}

/**
 * The extra field values of a ticket the viewer may see, labelled in their language (a choice
 * shows its label); null when the ticket is not theirs to see.
 */
export async function getTicketFieldValues(viewer: ViewerLike, rawTicketId: unknown, locale: Locale) {
  const id = ticketIdSchema.safeParse(rawTicketId);
  if (!id.success) return null;
  const fieldValues = {
    orderBy: [{ field: { sortOrder: "asc" } }, { fieldId: "asc" }],
    select: { value: true, field: { select: { id: true, labelEn: true, labelEs: true, type: true, options: true } } },
  } satisfies Prisma.TicketFieldValueFindManyArgs;
  // Staff see every ticket: their values are read without the ticket (one query fewer on SQLite).
  const ticket = isStaff(viewer)
    ? { fieldValues: await db.ticketFieldValue.findMany({ where: { ticketId: id.data }, ...fieldValues }) }
    : await db.ticket.findFirst({ where: { id: id.data, ...visibleTicketsWhere(viewer) }, select: { fieldValues } });
  if (!ticket) return null;
  // An asset field stores the asset's id; it is shown as "tag · name".
  const assetIds = ticket.fieldValues.filter((v) => v.field.type === "ASSET").map((v) => v.value);
  const assets = new Map(
    assetIds.length ? (await db.asset.findMany({ where: { id: { in: assetIds } }, select: { id: true, tag: true, name: true } })).map((a) => [a.id, `${a.tag} · ${a.name}`]) : [],
  );
  return ticket.fieldValues.map(({ value, field }) => {
    const option = field.type === "CHOICE" ? readOptions(field.options).find((o) => o.value === value) : undefined;
    return {
      id: field.id,
      label: pick(locale, field.labelEn, field.labelEs),
      type: field.type,
      value: option ? pick(locale, option.en, option.es) : field.type === "ASSET" ? (assets.get(value) ?? value) : value,
    };
  });
}
