import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { FileStorage } from "@/lib/storage";
import { makeUser } from "@/test/factories";
import { makeArticle, makeKbCategory } from "@/test/kb-factories";
import { HTML, PNG, SVG, tempStorage } from "@/test/files";
import { streamedForm } from "@/test/multipart";
import { getKbImageForViewer, kbImageMaxBytes, uploadKbImage } from "./images";
import { imageMarkdown } from "./image-rules";

let categoryId: string;
let agent: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  categoryId = (await makeKbCategory()).id;
  agent = await makeUser("AGENT");
});

const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const GIF = new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;");

/** An image uploaded by the agent into a fresh folder. */
async function uploaded(name = "screen.png", bytes: Uint8Array = PNG) {
  const { storage } = tempStorage();
  const result = await uploadKbImage(agent, { name, bytes }, storage);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("uploading images for articles", () => {
  it("stores an image and records it with the cleaned name and the type found in its bytes", async () => {
    const { dir, storage } = tempStorage();
    const result = await uploadKbImage(agent, { name: "C:\\shots\\vpn step 1.png", bytes: PNG }, storage);
    expect(result).toMatchObject({ ok: true, data: { fileName: "vpn step 1.png" } });
    if (!result.ok) return;
    expect(result.data.url).toBe(`/api/kb/images/${result.data.id}`);
    const row = await db.kbImage.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ contentType: "image/png", size: PNG.byteLength, uploadedById: agent.id });
    expect(await storage.get(row.storageKey)).toEqual(PNG);
    expect(filesIn(dir)).toHaveLength(1);
    const gif = await uploadKbImage(agent, { name: "spinner.gif", bytes: GIF }, storage);
    expect(gif).toMatchObject({ ok: true });
  });

  it("refuses disguised, unwanted, empty and too-large files, storing and recording nothing", async () => {
    const { dir, storage } = tempStorage();
    const before = await db.kbImage.count();
    const big = new Uint8Array(kbImageMaxBytes() + 1);
    big.set(PNG);
    const cases = [
      { name: "photo.png", bytes: HTML, message: "errors.typeMismatch" },
      { name: "logo.png", bytes: SVG, message: "errors.typeMismatch" },
      { name: "logo.svg", bytes: SVG, message: "errors.typeNotAllowed" },
      { name: "page.html", bytes: HTML, message: "errors.typeNotAllowed" },
      { name: "empty.png", bytes: new Uint8Array(0), message: "errors.fileEmpty" },
      { name: "huge.png", bytes: big, message: "errors.fileTooLarge" },
    ];
    for (const { message, ...file } of cases) {
      expect(await uploadKbImage(agent, file, storage), file.name).toMatchObject({ ok: false, message });
    }
    expect(filesIn(dir)).toEqual([]);
    expect(await db.kbImage.count()).toBe(before);
  });

  it("a streamed image is moved to its kb-images key; a refused one is not kept", async () => {
    const { dir, storage } = tempStorage();
    const form = await streamedForm(storage, [{ name: "shot.png", bytes: PNG }, { name: "photo.png", bytes: HTML }]);
    const accepted = await uploadKbImage(agent, form.files[0], storage);
    expect(await uploadKbImage(agent, form.files[1], storage)).toMatchObject({ ok: false, message: "errors.typeMismatch" });
    await form.discard();
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const image = await db.kbImage.findUniqueOrThrow({ where: { id: accepted.data.id } });
    expect(image).toMatchObject({ contentType: "image/png", size: PNG.byteLength });
    expect(await storage.get(image.storageKey)).toEqual(PNG);
    expect(filesIn(dir).map((e) => e.name)).toEqual([image.storageKey.split("/")[1]]);
  });

  it("refuses customers and visitors", async () => {
    const { dir, storage } = tempStorage();
    const customer = await makeUser("CUSTOMER", { organizationName: "Uploaders Ltd" });
    expect(await uploadKbImage(customer, { name: "a.png", bytes: PNG }, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await uploadKbImage(null, { name: "a.png", bytes: PNG }, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(filesIn(dir)).toEqual([]);
  });

  it("leaves no record when storage fails, and no file when the record fails", async () => {
    const { dir, storage } = tempStorage();
    const before = await db.kbImage.count();
    const failing: FileStorage = { ...storage, put: async () => { throw new Error("disk full"); } };
    await expect(uploadKbImage(agent, { name: "a.png", bytes: PNG }, failing)).rejects.toThrow("disk full");
    expect(await db.kbImage.count()).toBe(before);
    const ghost = { ...agent, id: "no-such-user" };
    await expect(uploadKbImage(ghost, { name: "a.png", bytes: PNG }, storage)).rejects.toThrow();
    expect(filesIn(dir)).toEqual([]);
    expect(await db.kbImage.count()).toBe(before);
  });
});

describe("who may load an article image", () => {
  it("a customer loads the image of a published portal article; not one only an internal article, a draft or another organization's article uses", async () => {
    const acme = await makeUser("CUSTOMER", { organizationName: "Acme images" });
    const globex = await makeUser("CUSTOMER", { organizationName: "Globex images" });
    const portal = await uploaded("portal.png");
    const internal = await uploaded("internal.png");
    const draft = await uploaded("draft.png");
    const acmeOnly = await uploaded("acme.png");
    const loose = await uploaded("loose.png");
    await makeArticle({ categoryId, body: `Steps:\n\n${imageMarkdown(portal.id, "portal.png")}` });
    await makeArticle({ categoryId, body: imageMarkdown(internal.id, "internal.png"), visibility: "INTERNAL" });
    await makeArticle({ categoryId, body: imageMarkdown(draft.id, "draft.png"), state: "DRAFT" });
    await makeArticle({ categoryId, body: `<img src="/api/kb/images/${acmeOnly.id}" alt="VPN">`, organizationIds: [acme.organizationId!] });

    expect(await getKbImageForViewer(globex, portal.id)).toMatchObject({ fileName: "portal.png", contentType: "image/png" });
    expect(await getKbImageForViewer(globex, internal.id)).toBeNull();
    expect(await getKbImageForViewer(globex, draft.id)).toBeNull();
    expect(await getKbImageForViewer(globex, acmeOnly.id)).toBeNull();
    expect(await getKbImageForViewer(acme, acmeOnly.id)).toMatchObject({ fileName: "acme.png" });
    expect(await getKbImageForViewer(globex, loose.id)).toBeNull();
    expect(await getKbImageForViewer(globex, "no-such-image")).toBeNull();
    // Visitors: the public knowledge base is off by default.
    expect(await getKbImageForViewer(null, portal.id)).toBeNull();

    const staff = await makeUser("ADMIN");
    for (const image of [portal, internal, draft, acmeOnly, loose]) {
      expect(await getKbImageForViewer(agent, image.id), image.fileName).not.toBeNull();
      expect(await getKbImageForViewer(staff, image.id), image.fileName).not.toBeNull();
    }
  });

  it("a reference must name the whole id, not merely begin with it", async () => {
    const customer = await makeUser("CUSTOMER");
    const image = await uploaded("short.png");
    const short = await db.kbImage.create({
      data: { storageKey: `kb-images/short-${image.id}`, fileName: "s.png", contentType: "image/png", size: 1, uploadedById: agent.id, id: image.id.slice(0, 10) },
    });
    await makeArticle({ categoryId, body: imageMarkdown(image.id, "long.png") });
    expect(await getKbImageForViewer(customer, image.id)).not.toBeNull();
    expect(await getKbImageForViewer(customer, short.id)).toBeNull();
  });
});
