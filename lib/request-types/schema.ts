import { z } from "zod";
import { TicketFieldType } from "@/generated/prisma-sqlite/enums";

// Request types (TicketCategory) and their extra fields: the admin's input and the shapes the
// ticket form needs. No server-only imports: the forms use the limits and the icon list too.

import { ICON_NAMES, isIconName, FIELD_TYPES, NAME_MAX, DESCRIPTION_MAX, LABEL_MAX, OPTIONS_MAX, FIELD_VALUE_MAX, type IconName } from "./limits";

export { ICON_NAMES, isIconName, FIELD_TYPES, NAME_MAX, DESCRIPTION_MAX, LABEL_MAX, OPTIONS_MAX, FIELD_VALUE_MAX, type IconName };

const text = (max: number, requiredKey: string, tooLongKey: string) =>
  z.string({ message: requiredKey }).trim().min(1, requiredKey).max(max, tooLongKey);

export const requestTypeSchema = z.object({
  slug: z
    .string({ message: "errors.slugInvalid" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "errors.slugInvalid")
    .max(60, "errors.slugInvalid"),
  nameEn: text(NAME_MAX, "errors.nameRequired", "errors.nameTooLong"),
  nameEs: text(NAME_MAX, "errors.nameRequired", "errors.nameTooLong"),
  descriptionEn: z.string().trim().max(DESCRIPTION_MAX, "errors.descriptionTooLong").default(""),
  descriptionEs: z.string().trim().max(DESCRIPTION_MAX, "errors.descriptionTooLong").default(""),
  icon: z.enum(ICON_NAMES, { message: "errors.iconInvalid" }),
});
export type RequestTypeInput = z.input<typeof requestTypeSchema>;

/** One choice of a CHOICE field: a stable key (what a ticket stores) and its two labels. */
export type FieldOption = { value: string; en: string; es: string };

const optionSchema = z.object({ value: z.string().min(1).max(64), en: z.string().min(1).max(LABEL_MAX), es: z.string().min(1).max(LABEL_MAX) });

/** The options stored as JSON text; anything unreadable counts as no options. */
export function readOptions(json: string): FieldOption[] {
  try {
    const parsed = z.array(optionSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const keyOf = (label: string) =>
  label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48) || "option";

/**
 * Options as the admin types them, one a line: "English | Español" (the Spanish label defaults to
 * the English one). Keys already in use keep their key when the English label is unchanged.
 */
export function parseOptionLines(textValue: string, previous: FieldOption[] = []): FieldOption[] {
  const used = new Set<string>();
  const options: FieldOption[] = [];
  for (const line of textValue.split(/\r?\n/)) {
    const [enRaw, esRaw] = line.split("|");
    const en = (enRaw ?? "").trim();
    if (!en) continue;
    const es = (esRaw ?? "").trim() || en;
    let value = previous.find((o) => o.en === en)?.value ?? keyOf(en);
    for (let n = 2; used.has(value); n++) value = `${keyOf(en)}-${n}`;
    used.add(value);
    options.push({ value, en: en.slice(0, LABEL_MAX), es: es.slice(0, LABEL_MAX) });
  }
  return options;
}

export const optionLines = (options: FieldOption[]) => options.map((o) => (o.es === o.en ? o.en : `${o.en} | ${o.es}`)).join("\n");

export const fieldSchema = z
  .object({
    labelEn: text(LABEL_MAX, "errors.labelRequired", "errors.labelTooLong"),
    labelEs: text(LABEL_MAX, "errors.labelRequired", "errors.labelTooLong"),
    type: z.enum(TicketFieldType, { message: "errors.fieldTypeInvalid" }),
    required: z.boolean().default(false),
    options: z.string().max(5000, "errors.optionsTooMany").default(""),
  })
  .superRefine((field, ctx) => {
    if (field.type !== "CHOICE") return;
    const count = parseOptionLines(field.options).length;
    if (count < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "errors.optionsTooFew" });
    if (count > OPTIONS_MAX) ctx.addIssue({ code: "custom", path: ["options"], message: "errors.optionsTooMany" });
  });
export type FieldInput = z.input<typeof fieldSchema>;

export const idSchema = z.string().regex(/^[a-z0-9]{1,64}$/);
export const directionSchema = z.enum(["up", "down"]);
