import { z } from "zod";
import { KbVisibility, PublishState } from "@/generated/prisma-sqlite/enums";
import { LOCALES } from "@/lib/i18n/locales";

import { BODY_MAX, COMMENT_MAX, TITLE_MAX } from "./limits";

export { BODY_MAX, COMMENT_MAX, TITLE_MAX };
export const QUERY_MAX = 200;
export const PAGE_SIZE = 20;

export const VISIBILITIES = Object.values(KbVisibility);
export const STATES = Object.values(PublishState);

const id = z.string().min(1).max(64);
const slugSchema = z
  .string({ message: "errors.slugInvalid" })
  .trim()
  .toLowerCase()
  .min(1, "errors.slugRequired")
  .max(120, "errors.slugInvalid")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "errors.slugInvalid")
  // Taken by the portal's own pages under /kb.
  .refine((slug) => !["search", "category"].includes(slug), "errors.slugInvalid");

export const articleSchema = z.object({
  // Empty for a new article.
  id: z.string().max(64).default(""),
  // Control characters go: the search index uses two of them to mark hits.
  title: z
    .string({ message: "errors.titleRequired" })
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(1, "errors.titleRequired").max(TITLE_MAX, "errors.titleTooLong")),
  slug: slugSchema,
  body: z.string({ message: "errors.bodyRequired" }).trim().min(1, "errors.bodyRequired").max(BODY_MAX, "errors.bodyTooLong"),
  locale: z.enum(LOCALES, { message: "errors.localeInvalid" }),
  categoryId: z.string({ message: "errors.categoryRequired" }).min(1, "errors.categoryRequired").max(64),
  state: z.enum(PublishState, { message: "errors.stateInvalid" }),
  visibility: z.enum(KbVisibility, { message: "errors.visibilityInvalid" }),
  organizationIds: z.array(id).max(500).default([]),
  // Another article this one translates (its language versions share a group); empty for none.
  translationOf: z.string().max(64).default(""),
});
export type ArticleInput = z.input<typeof articleSchema>;

export const categorySchema = z.object({
  id: z.string().max(64).default(""),
  slug: slugSchema,
  nameEn: z.string({ message: "errors.nameRequired" }).trim().min(1, "errors.nameRequired").max(100, "errors.nameTooLong"),
  nameEs: z.string({ message: "errors.nameRequired" }).trim().min(1, "errors.nameRequired").max(100, "errors.nameTooLong"),
  sortOrder: z.coerce.number({ message: "errors.sortOrderInvalid" }).int("errors.sortOrderInvalid").min(0, "errors.sortOrderInvalid").max(10_000, "errors.sortOrderInvalid"),
});
export type CategoryInput = z.input<typeof categorySchema>;

export const feedbackSchema = z.object({
  articleId: id,
  helpful: z.boolean(),
  comment: z.string().trim().max(COMMENT_MAX, "errors.commentTooLong").transform((v) => v || null).default(""),
});
export type FeedbackInput = z.input<typeof feedbackSchema>;

/** A browser-made id for one visit of the new-ticket form. */
export const draftIdSchema = z.uuid();

export const suggestionOpenSchema = z.object({ draftId: draftIdSchema, articleId: id });

export const searchQuerySchema = z.string().trim().max(QUERY_MAX).catch("");
export const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
