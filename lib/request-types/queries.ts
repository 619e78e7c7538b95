import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { TicketFieldType } from "@/generated/prisma-sqlite/enums";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsSql } from "@/lib/tickets/access";
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
  // The ticket, when the viewer may see it (exactly as the ticket page decides), with its values:
  // one SQL statement where Prisma compiled two queries anew on every ticket page. No row: not theirs.
  const rows = await db.$queryRaw<{ value: string | null; id: string | null; labelEn: string; labelEs: string; type: TicketFieldType; options: string }[]>`
    SELECT v."value", f."id", f."labelEn", f."labelEs", f."type", f."options"
    FROM "Ticket" t
      LEFT JOIN "TicketFieldValue" v ON v."ticketId" = t."id"
      LEFT JOIN "TicketCategoryField" f ON f."id" = v."fieldId"
    WHERE t."id" = ${id.data} ${visibleTicketsSql(viewer)}
    ORDER BY f."sortOrder", v."fieldId"`;
  if (rows.length === 0) return null;
  const values = rows.filter((v): v is typeof v & { value: string; id: string } => v.id !== null && v.value !== null);
  // An asset field stores the asset's id; it is shown as "tag · name".
  const assetIds = values.filter((v) => v.type === "ASSET").map((v) => v.value);
  const assets = new Map(
    assetIds.length ? (await db.asset.findMany({ where: { id: { in: assetIds } }, select: { id: true, tag: true, name: true } })).map((a) => [a.id, `${a.tag} · ${a.name}`]) : [],
  );
  return values.map(({ value, ...field }) => {
    const option = field.type === "CHOICE" ? readOptions(field.options).find((o) => o.value === value) : undefined;
    return {
      id: field.id,
      label: pick(locale, field.labelEn, field.labelEs),
      type: field.type,
      value: option ? pick(locale, option.en, option.es) : field.type === "ASSET" ? (assets.get(value) ?? value) : value,
    };
  });
}

/** One labelled value of getTicketFieldValues, as the ticket pages show it. */
export type TicketFieldValueItem = NonNullable<Awaited<ReturnType<typeof getTicketFieldValues>>>[number];
