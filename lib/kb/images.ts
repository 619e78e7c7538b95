import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok, fieldErrorsOf, type ActionResult } from "@/lib/action-result";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { commitIncoming, factsOf, type IncomingFile } from "@/lib/storage/incoming";
import { uploadedFileSchema } from "@/lib/storage/upload-rules";
import { getPortalSettings } from "@/lib/settings/queries";
import { checkUploadContent, cleanFileName } from "@/lib/tickets/attachment-rules";
import type { Viewer } from "@/lib/auth/session";
import { editorAudience, portalAudience, visibleArticlesWhere } from "./access";
import { KB_IMAGE_TYPES, bodyRefersToImage, kbImageUrl, type UploadedImage } from "./image-rules";

// Images uploaded in the article editor. Agents and admins upload; a reader may load an image
// only when an article they may read refers to it (lib/kb/access.ts decides which articles).

type ViewerLike = Pick<Viewer, "id" | "role" | "organizationId">;

export const kbImageMaxBytes = () => Math.floor(env.KB_IMAGE_MAX_MB * 1024 * 1024);

/** Catalogue parameters of the image messages. */
export const kbImageMessageValues = () => ({ maxMb: env.KB_IMAGE_MAX_MB });

const idSchema = z.string().regex(/^[a-z0-9]{1,64}$/);

/**
 * Stores an image and records it, or neither: the file is committed first and removed again when
 * the record cannot be made, so storage never keeps a file no record points to and no record
 * points to a file that was not stored.
 */
export async function uploadKbImage(viewer: ViewerLike | null, file: IncomingFile, storage: FileStorage = fileStorage()): Promise<ActionResult<UploadedImage>> {
  if (!viewer || !editorAudience(viewer)) return fail("errors.notFound");
  const facts = factsOf(file);
  const parsed = uploadedFileSchema(kbImageMaxBytes()).safeParse(facts);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "errors.typeNotAllowed", fieldErrorsOf(parsed.error));
  const fileName = cleanFileName(parsed.data.name);
  const check = await checkUploadContent(fileName, facts.head, facts.text);
  if (!check.ok && check.error === "typeMismatch") return fail("errors.typeMismatch", { file: ["errors.typeMismatch"] });
  if (!check.ok || !(KB_IMAGE_TYPES as readonly string[]).includes(check.contentType)) return fail("errors.typeNotAllowed", { file: ["errors.typeNotAllowed"] });

  const storageKey = `kb-images/${randomUUID()}`;
  await commitIncoming(storage, file, storageKey);
  try {
    const image = await db.kbImage.create({
      data: { storageKey, fileName, contentType: check.contentType, size: facts.size, uploadedById: viewer.id },
      select: { id: true, fileName: true },
    });
    return ok({ ...image, url: kbImageUrl(image.id) });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/**
 * The image `id` if the viewer may load it, else null (unknown and forbidden look the same):
 * staff load any image; anyone else only one that an article they may read refers to.
 */
export async function getKbImageForViewer(viewer: ViewerLike | null, id: string) {
  if (!idSchema.safeParse(id).success) return null;
  const image = await db.kbImage.findUnique({ where: { id }, select: { storageKey: true, fileName: true, contentType: true, size: true } });
  if (!image) return null;
  if (viewer && editorAudience(viewer)) return image;
  const audience = portalAudience(viewer, await getPortalSettings());
  if (!audience) return null;
  const candidates = await db.kbArticle.findMany({
    where: { AND: [visibleArticlesWhere(audience), { body: { contains: kbImageUrl(id) } }] },
    select: { body: true },
    take: 20,
  });
  return candidates.some((a) => bodyRefersToImage(a.body, id)) ? image : null;
}
