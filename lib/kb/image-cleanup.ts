import "server-only";
import { db } from "@/lib/db";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { kbImageUrl } from "./image-rules";

// Images uploaded in the editor but used by no article (the draft was discarded, the image was
// removed from the text) are deleted a day after upload: a day leaves time to finish the article
// the image was uploaded for. An image a past revision still shows is kept, so restoring that
// revision does not break it.

export const UNUSED_IMAGE_AGE_MS = 24 * 60 * 60_000;
const BATCH = 100;

async function isReferenced(id: string) {
  const url = kbImageUrl(id);
  const [articles, revisions] = await Promise.all([
    db.kbArticle.count({ where: { body: { contains: url } } }),
    db.kbArticleRevision.count({ where: { body: { contains: url } } }),
  ]);
  return articles + revisions > 0;
}

/** Deletes the records and files of unused images older than a day. Returns the ids deleted. */
export async function deleteUnusedKbImages(now = new Date(), storage: FileStorage = fileStorage()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - UNUSED_IMAGE_AGE_MS);
  const deleted: string[] = [];
  let after = "";
  for (;;) {
    const images = await db.kbImage.findMany({
      where: { createdAt: { lt: cutoff }, id: { gt: after } },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (images.length === 0) break;
    after = images[images.length - 1].id;
    for (const image of images) {
      if (await isReferenced(image.id)) continue;
      // The record first: a file left behind by a failed delete is harmless, a record without its file is not.
      const { count } = await db.kbImage.deleteMany({ where: { id: image.id } });
      if (count === 0) continue;
      await storage.delete(image.storageKey).catch((error: unknown) => console.error(`kb: could not delete the file of image ${image.id}`, error));
      deleted.push(image.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return deleted;
}
