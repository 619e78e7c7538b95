import { deflateSync } from "node:zlib";
import { db } from "@/lib/db";
import { expect, signIn, test } from "../fixtures";
import { makeKbCategory, publishArticle, uniqueWord } from "./kb-fixtures";

// Several sign-ins and page loads each; this machine's production server is not fast.
test.describe.configure({ timeout: 90_000 });

/** A real PNG of one colour, so a browser can decode it and give it a size. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x2b, 0x6c, 0xb0]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
const naturalWidth = (img: import("@playwright/test").Locator) => img.evaluate((el) => (el as HTMLImageElement).complete ? (el as HTMLImageElement).naturalWidth : 0);

test("an agent inserts an uploaded image in an article; a customer sees it; an internal article's image stays hidden", async ({ page, agent, customer }) => {
  const w = uniqueWord();
  const category = await makeKbCategory(`Images ${w}`);
  await signIn(page, agent);
  await page.goto("/admin/kb/new");
  await page.getByLabel("Title", { exact: true }).fill(`VPN screenshots ${w}`);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: `Images ${w}` });
  const body = page.getByLabel("Text (Markdown)");
  await body.fill("Open the settings.\n\nThen connect.");
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(20, 20));

  // A disguised file dropped on the text is refused with a clear message, and the text is kept.
  await body.evaluate((el, svg) => {
    const data = new DataTransfer();
    data.items.add(new File([svg], "diagram.png", { type: "image/png" }));
    el.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, SVG.toString());
  const problem = page.getByRole("alert").filter({ hasText: "diagram.png" });
  await expect(problem).toContainText("diagram.png: The file's content is not what its name says");
  await expect(body).toHaveValue("Open the settings.\n\nThen connect.");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(problem).toHaveCount(0);

  // The picker, from the keyboard.
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Insert image" }).focus();
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({ name: "vpn-settings.png", mimeType: "image/png", buffer: png(48, 24) });
  await expect(page.getByText("vpn-settings.png inserted.")).toBeVisible();
  await expect(body).toHaveValue(/^Open the settings\.\n\n!\[vpn-settings\.png\]\(\/api\/kb\/images\/[a-z0-9]+\)Then connect\.$/);
  const url = (await body.inputValue()).match(/\/api\/kb\/images\/[a-z0-9]+/)![0];

  await page.getByRole("button", { name: "Preview" }).click();
  const previewImage = page.getByTestId("kb-preview").getByRole("img", { name: "vpn-settings.png" });
  await expect(previewImage).toHaveAttribute("src", url);
  await expect.poll(() => naturalWidth(previewImage)).toBe(48);
  await page.getByRole("button", { name: "Write" }).click();
  await page.getByLabel("State").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/admin\/kb\/[^/]+\?saved=1$/);

  // An image for agents only: uploaded through the route, used by an internal article.
  const upload = await page.request.post("/api/kb/images", { multipart: { file: { name: "runbook.png", mimeType: "image/png", buffer: png(10, 10) } } });
  expect(upload.status()).toBe(201);
  const internalImage = (await upload.json()) as { ok: true; data: { id: string; url: string } };
  await publishArticle(agent, { categoryId: category.id, title: `Runbook ${w}`, visibility: "INTERNAL", body: `![runbook](${internalImage.data.url})` });
  expect((await page.request.get(internalImage.data.url)).status()).toBe(200);

  await page.context().clearCookies();
  await signIn(page, customer);
  const article = await db.kbArticle.findFirstOrThrow({ where: { categoryId: category.id, visibility: "PORTAL" }, select: { slug: true } });
  await page.goto(`/kb/${article.slug}`);
  const shown = page.getByTestId("article-body").getByRole("img", { name: "vpn-settings.png" });
  await expect(shown).toBeVisible();
  await expect.poll(() => naturalWidth(shown)).toBe(48);

  const served = await page.request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-disposition"]).toContain('inline; filename="vpn-settings.png"');

  const hidden = await page.request.get(internalImage.data.url);
  expect(hidden.status()).toBe(404);
  expect(hidden.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await page.request.get("/api/kb/images/nosuchimage")).status()).toBe(404);
  // Customers cannot upload.
  const refused = await page.request.post("/api/kb/images", { multipart: { file: { name: "mine.png", mimeType: "image/png", buffer: png(4, 4) } } });
  expect(refused.status()).toBe(404);
});

test("@phone an image pasted into the text is uploaded and inserted; the editor fits a 375 px screen", async ({ page, agent }) => {
  await signIn(page, agent);
  await page.goto("/admin/kb/new");
  await expect(page.getByRole("button", { name: "Insert image" })).toBeVisible();
  const body = page.getByLabel("Text (Markdown)");
  await body.fill("Pasted: ");
  await body.evaluate((el, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "image.png", { type: "image/png" }));
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...png(8, 8)]);
  await expect(body).toHaveValue(/^Pasted: !\[image\.png\]\(\/api\/kb\/images\/[a-z0-9]+\)$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
