import { z } from "zod";
import { NOTE_BODY_MAX } from "./limits";
export { NOTE_BODY_MAX } from "./limits";

export const NOTES_PAGE_SIZE = 20;
export const noteIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/);

/** Markdown may hold harmless HTML, but nothing that runs: refused with a clear message rather than silently cut. */
const SCRIPTING = /<\s*\/?\s*(script|iframe|object|embed|form|style)\b|<[^>]*\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;

export const noteSchema = z.object({
  id: z.union([z.literal(""), noteIdSchema]).optional().transform((v) => v || undefined),
  title: z.string().trim().min(1, "errors.titleRequired").max(200, "errors.titleTooLong"),
  body: z
    .string()
    .trim()
    .min(1, "errors.bodyRequired")
    .max(NOTE_BODY_MAX, "errors.bodyTooLong")
    .refine((b) => !SCRIPTING.test(b), "errors.scriptRefused"),
  target: z.discriminatedUnion("type", [
    z.object({ type: z.literal("person"), email: z.string().trim().toLowerCase().email("errors.personUnknown").max(320) }),
    z.object({ type: z.literal("organization"), organizationId: noteIdSchema }),
    z.object({ type: z.literal("kind"), kind: z.enum(["EMPLOYEE", "CUSTOMER"], { message: "errors.targetInvalid" }) }),
  ], { message: "errors.targetInvalid" }),
});
export type NoteInput = z.input<typeof noteSchema>;
