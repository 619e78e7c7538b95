import { z } from "zod";
import { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";
import { ticketIdSchema } from "./schema";

// The agents' queue as it comes from a URL (a GET form): every field falls back to its default,
// so a hand-edited or stale link shows a queue instead of an error.

/** Statuses that still need work; "All open" and the assignment views show only these. */
export const OPEN_STATUSES = ["NEW", "OPEN", "WAITING_FOR_CUSTOMER"] as const satisfies readonly TicketStatus[];

export const QUEUE_VIEWS = ["unassigned", "mine", "open", ...Object.values(TicketStatus)] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const QUEUE_SORTS = ["updated", "newest", "oldest", "priority"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** "Older than" choices, in days since the ticket was filed. */
export const QUEUE_AGES = ["1", "3", "7", "30"] as const;

/** Highest first: the order of the priority sort (the Level enum is declared lowest first). */
export const PRIORITY_ORDER = [...Object.values(Level)].reverse();

export const QUEUE_SEARCH_MAX = 100;
export const BULK_MAX = 100;

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = z.string().trim().max(QUEUE_SEARCH_MAX).transform((v) => v || undefined);

export const queueQuerySchema = z.object({
  view: z.enum(QUEUE_VIEWS).catch("open"),
  sort: z.enum(QUEUE_SORTS).catch("updated"),
  priority: optional(z.enum(Level)),
  category: optional(id),
  organization: optional(id),
  // Matched against the requester's name and email.
  requester: optional(text),
  olderThan: optional(z.enum(QUEUE_AGES)),
  // Ticket number (with or without "#"), subject and description; with `messages`, every message
  // too, notes included (on demand: a common word matches tens of thousands of messages).
  q: optional(text),
  messages: optional(z.literal("1")),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** The URL parameters that make up a queue, kept on pagination and view links. */
/** The parameters that narrow a view (the rest choose the view, the order and the page). */
export const QUEUE_FILTERS = ["priority", "category", "organization", "requester", "olderThan", "q"] as const;

export const QUEUE_PARAMS = ["view", "sort", "priority", "category", "organization", "requester", "olderThan", "q", "messages"] as const;

/** One change applied to many tickets from the queue. */
export const bulkUpdateSchema = z.object({
  ids: z
    .array(ticketIdSchema, { message: "errors.bulkNoneSelected" })
    .min(1, "errors.bulkNoneSelected")
    .max(BULK_MAX, "errors.bulkTooMany")
    .transform((ids) => [...new Set(ids)]),
  change: z.discriminatedUnion(
    "kind",
    [
      // assigneeId null: unassign.
      z.object({ kind: z.literal("assign"), assigneeId: z.string().max(64).nullable() }),
      z.object({ kind: z.literal("status"), status: z.enum(TicketStatus, { message: "errors.statusInvalid" }) }),
      z.object({ kind: z.literal("priority"), priority: z.enum(Level, { message: "errors.bulkChangeInvalid" }) }),
    ],
    { message: "errors.bulkChangeInvalid" },
  ),
});
export type BulkUpdateInput = z.input<typeof bulkUpdateSchema>;
