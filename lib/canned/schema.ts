import { z } from "zod";

export const CANNED_LOCALES = ["any", "en", "es"] as const;
export type CannedLocale = (typeof CANNED_LOCALES)[number];
export const CANNED_PAGE_SIZE = 20;
import { CANNED_BODY_MAX, CANNED_TITLE_MAX } from "./limits";

export { CANNED_BODY_MAX, CANNED_TITLE_MAX };

export const cannedIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/);

/** A canned response as an admin writes it; an empty id adds one. Messages are canned.* keys. */
export const cannedResponseSchema = z.object({
  id: z.union([z.literal(""), cannedIdSchema]).optional().transform((v) => v || undefined),
  title: z.string().trim().min(1, "errors.titleRequired").max(CANNED_TITLE_MAX, "errors.titleTooLong"),
  body: z.string().trim().min(1, "errors.bodyRequired").max(CANNED_BODY_MAX, "errors.bodyTooLong"),
  locale: z.enum(CANNED_LOCALES, { message: "errors.localeInvalid" }),
  active: z.boolean(),
});
export type CannedResponseInput = z.input<typeof cannedResponseSchema>;

export const cannedListQuerySchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CannedListQuery = z.input<typeof cannedListQuerySchema>;
