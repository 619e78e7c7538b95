import { z } from "zod";
import { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";

import { COMMENT_MAX, REASON_MAX, SUBJECT_MAX, TEXT_MAX } from "./limits";

export { COMMENT_MAX, REASON_MAX, SUBJECT_MAX, TEXT_MAX };
export const PAGE_SIZE = 20;

export const LEVELS = Object.values(Level);
export const STATUSES = Object.values(TicketStatus);

/** A ticket id from a URL or a form: digits only, else the ticket simply does not exist. */
export const ticketIdSchema = z
  .union([z.number(), z.string().regex(/^\d{1,9}$/)])
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647));

const text = (requiredKey: string, tooLongKey: string, max: number) =>
  z.string({ message: requiredKey }).trim().min(1, requiredKey).max(max, tooLongKey);

export const newTicketSchema = z.object({
  subject: text("errors.subjectRequired", "errors.subjectTooLong", SUBJECT_MAX),
  description: text("errors.descriptionRequired", "errors.descriptionTooLong", TEXT_MAX),
  categoryId: z.string({ message: "errors.categoryRequired" }).min(1, "errors.categoryRequired").max(64),
  urgency: z.enum(Level, { message: "errors.urgencyInvalid" }),
  // The request type's extra fields by field id, checked against the type's definitions.
  fields: z.record(z.string().max(64), z.string().max(5000)).default({}),
  // Staff opening a ticket on behalf of someone; absent (or the viewer) for one's own ticket.
  requesterId: z.string().max(64).optional(),
  // The asset the ticket is about ("Report a problem"): one the requester holds now.
  assetId: z.string().max(64).optional(),
});
export type NewTicketInput = z.input<typeof newTicketSchema>;

export const replySchema = z.object({
  ticketId: ticketIdSchema,
  body: text("errors.replyRequired", "errors.replyTooLong", TEXT_MAX),
  internal: z.boolean().default(false),
});
export type ReplyInput = z.input<typeof replySchema>;

const assigneeIdSchema = z.string().max(64).transform((v) => v || null);

export const ticketUpdateSchema = z.object({
  ticketId: ticketIdSchema,
  // The version the agent saw; a different current version means someone else changed the ticket.
  version: z.coerce.number().int().min(0),
  // Only the fields given are changed: a field left out keeps what is stored.
  status: z.enum(TicketStatus, { message: "errors.statusInvalid" }).optional(),
  priority: z.enum(Level, { message: "errors.priorityInvalid" }).optional(),
  assigneeId: assigneeIdSchema.optional(),
  // The stored values the agent's change started from. With them, a save on an older version is
  // still applied when nobody else touched the fields it changes; without them, any newer version
  // is a conflict.
  seen: z
    .object({
      status: z.enum(TicketStatus).optional(),
      priority: z.enum(Level).optional(),
      assigneeId: assigneeIdSchema.optional(),
    })
    .optional(),
});
export type TicketUpdateInput = z.input<typeof ticketUpdateSchema>;

export const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The requester's views of My tickets. */
export const MY_TICKET_FILTERS = ["open", "waiting", "resolved", "closed"] as const;
export type MyTicketFilter = (typeof MY_TICKET_FILTERS)[number];
export const SEARCH_MAX = 100;

export const myTicketsQuerySchema = z.object({
  filter: z.enum(MY_TICKET_FILTERS).optional().catch(undefined),
  q: z.string().trim().max(SEARCH_MAX).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  // "company": the organization's shared tickets too (only when it shares them).
  scope: z.enum(["mine", "company"]).catch("mine").default("mine"),
});
/** As it comes from a URL: anything, made sense of by the schema. */
export type MyTicketsQuery = { filter?: unknown; q?: unknown; page?: unknown; scope?: unknown };


export const reopenSchema = z.object({
  ticketId: ticketIdSchema,
  reason: text("errors.reasonRequired", "errors.reasonTooLong", REASON_MAX),
});
export type ReopenInput = z.input<typeof reopenSchema>;

export const ratingSchema = z.object({
  ticketId: ticketIdSchema,
  rating: z.coerce.number({ message: "errors.ratingInvalid" }).int("errors.ratingInvalid").min(1, "errors.ratingInvalid").max(5, "errors.ratingInvalid"),
  comment: z.string().trim().max(COMMENT_MAX, "errors.commentTooLong").default("").transform((v) => v || null),
});
export type RatingInput = z.input<typeof ratingSchema>;
