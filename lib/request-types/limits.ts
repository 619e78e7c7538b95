import { TicketFieldType } from "@/generated/prisma-sqlite/enums";

// Request types' icons, limits and form field names, without zod: the client forms import these,
// the schemas (schema.ts) enforce them.

/** The icons a request type may show: a fixed list, never free text placed in the page. */
export const ICONS = {
  laptop: "💻",
  app: "🧩",
  key: "🔑",
  wifi: "📶",
  printer: "🖨️",
  phone: "📱",
  mail: "✉️",
  user: "👤",
  box: "📦",
  shield: "🛡️",
  calendar: "📅",
  question: "❓",
} as const;
export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as IconName[];
export const iconOf = (name: string) => (name in ICONS ? ICONS[name as IconName] : ICONS.question);

export const FIELD_TYPES = Object.values(TicketFieldType);
export const NAME_MAX = 80;
export const DESCRIPTION_MAX = 300;
export const LABEL_MAX = 100;
export const OPTIONS_MAX = 30;
export const FIELD_VALUE_MAX = 1000;

/** The form control name of a field; also the key of its errors. */
export const fieldName = (id: string) => `field.${id}`;
