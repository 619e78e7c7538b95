import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { makeArticle, makeKbCategory } from "@/test/kb-factories";
import { PNG, tempStorage } from "@/test/files";
import { UNUSED_IMAGE_AGE_MS, deleteUnusedKbImages } from "./image-cleanup";
import { imageMarkdown } from "./image-rules";
import { uploadKbImage } from "./images";

let categoryId: string;
let agent: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  categoryId = (await makeKbCategory()).id;
  agent = await makeUser("AGENT");
});

const { storage } = tempStorage();
async function image(ageMs: number) {
  const result = await uploadKbImage(agent, { name: "shot.png", bytes: PNG }, storage);
  if (!result.ok) throw new Error(JSON.stringify(result));
  await db.kbImage.update({ where: { id: result.data.id }, data: { createdAt: new Date(Date.now() - ageMs) } });
  return db.kbImage.findUniqueOrThrow({ where: { id: result.data.id }, select: { id: true, storageKey: true } });
}

describe("deleting unused knowledge-base images", () => {
  it("deletes record and file of an image no article or revision uses, after a day only", async () => {
    const old = UNUSED_IMAGE_AGE_MS + 60_000;
    const unused = await image(old);
    const fresh = await image(60_000);
    const inArticle = await image(old);
    const inRevision = await image(old);
    await makeArticle({ categoryId, body: `Steps:\n\n${imageMarkdown(inArticle.id, "step")}` });
    const edited = await makeArticle({ categoryId, body: `Before:\n\n${imageMarkdown(inRevision.id, "old")}` });
    // The current text no longer shows it; the revision saved with the article still does.
    await db.kbArticle.update({ where: { id: edited.id }, data: { body: "Rewritten without the picture." } });

    const deleted = await deleteUnusedKbImages(new Date(), storage);
    expect(deleted).toContain(unused.id);
    for (const kept of [fresh, inArticle, inRevision]) expect(deleted).not.toContain(kept.id);
    expect(await db.kbImage.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await storage.get(unused.storageKey)).toBeNull();
    for (const kept of [fresh, inArticle, inRevision]) {
      expect(await db.kbImage.findUnique({ where: { id: kept.id } })).not.toBeNull();
      expect(await storage.get(kept.storageKey)).toEqual(PNG);
    }
  });
});
