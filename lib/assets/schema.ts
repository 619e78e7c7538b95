import { z } from "zod";
import { TAG_MAX, NAME_MAX, TEXT_MAX, NOTES_MAX, COMMENT_MAX } from "./limits";
export { ASSET_STATUSES, TAG_MAX, NAME_MAX, TEXT_MAX, NOTES_MAX, COMMENT_MAX, TAG_PREFIX_MAX } from "./limits";
import { AssetStatus } from "@/generated/prisma-sqlite/enums";

// Assets: what staff type in the console and what the list reads from its URL. No server-only
// imports: the forms use the limits too. Messages are catalogue keys of the "assets" namespace.

export const ASSETS_PAGE_SIZE = 25;
export const ASSET_BULK_MAX = 100;
/** Days ahead the warranty filter may look. */
export const WARRANTY_WITHIN = ["30", "60", "90", "180", "365"] as const;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number, key: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, key).optional()).transform((v) => v ?? null);

/** A calendar date as a form sends it (YYYY-MM-DD), stored as midnight UTC; blank is none. */
export const dateSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .refine((v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, "errors.dateInvalid")
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .optional(),
).transform((v) => v ?? null);

/** A cost in the currency's main unit ("1299.50"), kept as cents; blank is none. */
export const costSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{1,9}(?:[.,]\d{1,2})?$/, "errors.costInvalid")
    .transform((v) => Math.round(Number(v.replace(",", ".")) * 100))
    .optional(),
).transform((v) => v ?? null);

/** A tag as typed: letters, digits and - _ . / ; blank means "generate one". */
export const tagSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(TAG_MAX, "errors.tagTooLong")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "errors.tagInvalid")
    .optional(),
);

export const assetSchema = z.object({
  id: z.preprocess(blankToUndefined, idSchema.optional()),
  tag: tagSchema,
  name: z.string({ message: "errors.nameRequired" }).trim().min(1, "errors.nameRequired").max(NAME_MAX, "errors.nameTooLong"),
  typeId: z.string({ message: "errors.typeRequired" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "errors.typeRequired"),
  manufacturer: optionalText(TEXT_MAX, "errors.textTooLong"),
  model: optionalText(TEXT_MAX, "errors.textTooLong"),
  serialNumber: optionalText(TEXT_MAX, "errors.textTooLong"),
  status: z.enum(AssetStatus, { message: "errors.statusInvalid" }),
  purchaseDate: dateSchema,
  purchaseCost: costSchema,
  warrantyEnd: dateSchema,
  locationId: z.preprocess(blankToUndefined, idSchema.optional()).transform((v) => v ?? null),
  organizationId: z.preprocess(blankToUndefined, idSchema.optional()).transform((v) => v ?? null),
  notes: optionalText(NOTES_MAX, "errors.notesTooLong"),
});
export type AssetInput = z.input<typeof assetSchema>;
export type AssetData = z.output<typeof assetSchema>;

export const checkOutSchema = z.object({
  assetId: idSchema,
  userId: z.string({ message: "errors.holderRequired" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "errors.holderRequired"),
  comment: optionalText(COMMENT_MAX, "errors.commentTooLong"),
});
export const checkInSchema = z.object({
  assetId: idSchema,
  comment: optionalText(COMMENT_MAX, "errors.commentTooLong"),
});

export const lookupNameSchema = z.object({
  id: z.preprocess(blankToUndefined, idSchema.optional()),
  name: z.string({ message: "errors.nameRequired" }).trim().min(1, "errors.nameRequired").max(80, "errors.nameTooLong"),
});

export const bulkSchema = z.object({
  ids: z
    .array(idSchema, { message: "errors.bulkNoneSelected" })
    .min(1, "errors.bulkNoneSelected")
    .max(ASSET_BULK_MAX, "errors.bulkTooMany")
    .transform((ids) => [...new Set(ids)]),
  change: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("status"), status: z.enum(AssetStatus, { message: "errors.statusInvalid" }) }),
      z.object({ kind: z.literal("checkIn") }),
    ],
    { message: "errors.bulkChangeInvalid" },
  ),
});

export const ASSET_SORTS = ["updated", "tag", "name", "warranty", "newest"] as const;
export type AssetSort = (typeof ASSET_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);
const searchText = z.string().trim().max(100).transform((v) => v || undefined);

/** The console list as it comes from a URL: anything unreadable falls back to its default. */
export const assetListQuerySchema = z.object({
  q: optional(searchText),
  type: optional(idSchema),
  status: optional(z.enum(AssetStatus)),
  organization: optional(idSchema),
  // Matched against the holder's name and email.
  holder: optional(searchText),
  warrantyWithin: optional(z.enum(WARRANTY_WITHIN)),
  sort: z.enum(ASSET_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AssetListQuery = z.infer<typeof assetListQuerySchema>;
export const ASSET_LIST_PARAMS = ["q", "type", "status", "organization", "holder", "warrantyWithin", "sort"] as const;

/** "YYYY-MM-DD" of a stored date, for forms and CSV. */
export const isoDate = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const costText = (cents: number | null | undefined) => (cents == null ? "" : (cents / 100).toFixed(2));

const DAY_MS = 24 * 60 * 60 * 1000;
export type WarrantyState = { kind: "none" } | { kind: "ended" } | { kind: "endsSoon"; days: number } | { kind: "inWarranty" };
/** Warranty as the portal shows it: ends within 90 days counts as "ends in N days". */
export function warrantyState(end: Date | null, now = new Date()): WarrantyState {
  if (!end) return { kind: "none" };
  const days = Math.ceil((end.getTime() - now.getTime()) / DAY_MS);
  if (days < 0) return { kind: "ended" };
  if (days <= 90) return { kind: "endsSoon", days };
  return { kind: "inWarranty" };
}
