import { z } from "zod";
import { CHAT_BODY_MAX } from "./limits";
export { CHAT_BODY_MAX } from "./limits";

export const CHAT_PAGE_SIZE = 20;
/** Messages shown when a conversation opens; older ones are behind "show earlier". */
export const CHAT_HISTORY = 200;
/** Posting limit per person, counted across all instances: 10 messages in any 10 seconds. */
export const CHAT_POST_LIMIT = { points: 10, duration: 10 } as const;
/** An agent counts as online while their console has been seen within this time. */
export const AGENT_SEEN_WITHIN_MS = 90_000;

/** A conversation id from a URL or a form: anything else is simply not found. */
export const conversationIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/);
export const chatAttachmentIdSchema = conversationIdSchema;

const body = z
  .string({ message: "errors.bodyRequired" })
  .trim()
  .min(1, "errors.bodyRequired")
  .max(CHAT_BODY_MAX, "errors.bodyTooLong");

/** The first message of a new conversation (files may come with it). */
export const startSchema = z.object({ body });
export type StartInput = z.input<typeof startSchema>;

/** A message in a conversation; `internal` only for staff (a note the requester never sees). */
export const postSchema = z.object({ conversationId: conversationIdSchema, body, internal: z.boolean().default(false) });
export type PostInput = z.input<typeof postSchema>;

export const readSchema = z.object({ conversationId: conversationIdSchema, seq: z.number().int().min(0).max(2_147_483_647) });

export const transferSchema = z.object({ conversationId: conversationIdSchema, agentId: z.string({ message: "errors.agentRequired" }).regex(/^[a-z0-9]{1,64}$/, "errors.agentRequired") });

export const convertSchema = z.object({
  conversationId: conversationIdSchema,
  subject: z.string({ message: "errors.subjectRequired" }).trim().min(1, "errors.subjectRequired").max(200, "errors.subjectTooLong"),
  categoryId: z.string({ message: "errors.categoryRequired" }).min(1, "errors.categoryRequired").max(64),
});
export type ConvertInput = z.input<typeof convertSchema>;

export const availabilitySchema = z.enum(["ONLINE", "AWAY"]);

export const CONSOLE_VIEWS = ["waiting", "mine", "all"] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];
export const consoleQuerySchema = z.object({
  view: z.enum(CONSOLE_VIEWS).catch("waiting"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** A stream's resume point: Last-Event-ID (set by the browser on reconnection) or ?after=. */
export const resumeSeqSchema = z.coerce.number().int().min(0).max(2_147_483_647).catch(0);

/** What an EVENT message's body records. */
export const chatEventSchema = z.object({
  event: z.enum(["joined", "transferred", "closed", "conversionRequested", "converted", "reopened"]),
  name: z.string().optional(),
  ticketId: z.number().optional(),
});
export type ChatEvent = z.infer<typeof chatEventSchema>;
