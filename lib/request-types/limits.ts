import { TicketFieldType } from "@/generated/prisma-sqlite/enums";

// Request types' icons, limits and form field names, without zod: the client forms import these,
// the schemas (schema.ts) enforce them.

/** The icons a request type may show: a fixed list of names, drawn by components/request-type-icon.tsx. */
export const ICON_NAMES = ["laptop", "app", "key", "wifi", "printer", "phone", "mail", "user", "box", "shield", "calendar", "question"] as const;
export type IconName = (typeof ICON_NAMES)[number];
export const isIconName = (name: string): name is IconName => (ICON_NAMES as readonly string[]).includes(name);

export const FIELD_TYPES = Object.values(TicketFieldType);
export const NAME_MAX = 80;
export const DESCRIPTION_MAX = 300;
export const LABEL_MAX = 100;
export const OPTIONS_MAX = 30;
export const FIELD_VALUE_MAX = 1000;

/** The form control name of a field; also the key of its errors. */
export const fieldName = (id: string) => `field.${id}`;
