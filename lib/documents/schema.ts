import { z } from "zod";
import type { IncomingFile } from "@/lib/storage/incoming";
import { uploadedFileSchema } from "@/lib/storage/upload-rules";

export const DOCUMENT_MAX_MB = 25;
export const DOCUMENT_MAX_BYTES = DOCUMENT_MAX_MB * 1024 * 1024;
export const DOCUMENTS_PAGE_SIZE = 20;

/** What a document may be, judged from its bytes: never HTML or SVG, which a browser could run. */
export const DOCUMENT_TYPES = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "application/x-cfb",
  "application/zip",
  "text/plain",
  "text/csv",
  "text/markdown",
]);

export const idSchema = z.string().regex(/^[a-z0-9]{1,64}$/);

export const documentDetailsSchema = z.object({
  title: z.string().trim().min(1, "errors.titleRequired").max(200, "errors.titleTooLong"),
  description: z.string().trim().max(2000, "errors.descriptionTooLong"),
  category: z.string().trim().max(80, "errors.categoryTooLong"),
});
export type DocumentDetailsInput = z.input<typeof documentDetailsSchema>;

/** Judged on the facts of an upload (lib/storage/incoming.ts factsOf): its name and size. */
export const fileSchema = uploadedFileSchema(DOCUMENT_MAX_BYTES);
export type UploadedFile = IncomingFile;

/** Who a document is for: one person (by email), one organization, or everyone of a kind. */
export const assignmentTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("person"), email: z.string().trim().toLowerCase().email("errors.personUnknown").max(320) }),
  z.object({ type: z.literal("organization"), organizationId: idSchema }),
  z.object({ type: z.literal("kind"), kind: z.enum(["EMPLOYEE", "CUSTOMER"]) }),
], { message: "errors.targetInvalid" });
export type AssignmentTarget = z.input<typeof assignmentTargetSchema>;

export const documentListQuerySchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
