import http from "node:http";
import { db } from "@/lib/db";
import { E2E_PORT } from "../env";
import { expect, formMessage, signIn, test } from "../fixtures";
import { EXE, PDF, PNG, SVG } from "@/test/files";

const file = (name: string, mimeType: string, bytes: Uint8Array) => ({ name, mimeType, buffer: Buffer.from(bytes) });

async function newTicketWithFiles(page: import("@playwright/test").Page, subject: string) {
  await page.goto("/tickets/new");
  await page.getByRole("radio", { name: /Hardware/ }).check();
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill("Screenshot and logo attached.");
}

test("a customer attaches several files to a new ticket and downloads them with safe headers", async ({ page, customer }) => {
  await signIn(page, customer);
  await newTicketWithFiles(page, "Monitor shows stripes");
  await page.getByLabel("Attachments").setInputFiles([file("stripes.png", "image/png", PNG), file("logo.svg", "image/svg+xml", SVG)]);
  await page.getByLabel("Attachments").setInputFiles([file("manual.pdf", "application/pdf", PDF)]);
  await expect(page.getByRole("list", { name: "Files to send" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Remove manual.pdf" }).click();
  await expect(page.getByRole("list", { name: "Files to send" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);

  const links = page.getByTestId("attachment-link");
  await expect(links).toHaveCount(2);
  await expect(links.filter({ hasText: "stripes.png" })).toBeVisible();

  const png = await page.request.get((await links.filter({ hasText: "stripes.png" }).getAttribute("href"))!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["content-disposition"]).toMatch(/^inline; filename="stripes.png"/);
  expect(png.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await png.body())).toEqual(Buffer.from(PNG));

  const svg = await page.request.get((await links.filter({ hasText: "logo.svg" }).getAttribute("href"))!);
  expect(svg.headers()["content-disposition"]).toMatch(/^attachment; filename="logo.svg"/);
  expect(svg.headers()["content-type"]).toBe("application/octet-stream");
  expect(svg.headers()["x-content-type-options"]).toBe("nosniff");
});

test("files dropped on the drop zone are attached to a reply", async ({ page, customer }) => {
  await signIn(page, customer);
  await newTicketWithFiles(page, "Dropped files");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await page.getByTestId("file-drop").evaluate((zone, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "dropped.png", { type: "image/png" }));
    data.items.add(new File(["line one\n"], "trace.log", { type: "text/plain" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, Array.from(PNG));
  await expect(page.getByRole("list", { name: "Files to send" }).getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Your reply").fill("Two more files.");
  await page.getByRole("button", { name: "Send reply" }).click();
  const message = page.getByTestId("ticket-message").filter({ hasText: "Two more files." });
  await expect(message.getByTestId("attachment-link")).toHaveCount(2);
  await expect(page.getByRole("list", { name: "Files to send" })).toHaveCount(0);
});

test("a program renamed to .pdf is refused with a clear message; the text typed is kept", async ({ page, customer }) => {
  await signIn(page, customer);
  await newTicketWithFiles(page, "Disguised file");
  await page.getByLabel("Attachments").setInputFiles([file("invoice.pdf", "application/pdf", EXE)]);
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(formMessage(page).filter({ hasText: "This kind of file cannot be attached." })).toBeVisible();
  await expect(page).toHaveURL("/tickets/new");
  await expect(page.getByLabel("Subject")).toHaveValue("Disguised file");
  expect(await db.ticket.count({ where: { requesterId: customer.id } })).toBe(0);
});

test("another customer cannot download an attachment by its id", async ({ page, browser, customer, otherCustomer }) => {
  await signIn(page, customer);
  await newTicketWithFiles(page, "Private scan");
  await page.getByLabel("Attachments").setInputFiles([file("passport.pdf", "application/pdf", PDF)]);
  await page.getByRole("button", { name: "Create ticket" }).click();
  const href = await page.getByTestId("attachment-link").getAttribute("href");
  expect(href).toMatch(/^\/api\/attachments\/[a-z0-9]+$/);

  const other = await browser.newPage();
  await signIn(other, otherCustomer);
  const response = await other.request.get(href!);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("%PDF");
  const signedOut = await (await browser.newContext()).request.get(new URL(href!, page.url()).toString());
  expect(signedOut.status()).toBe(404);
});

test("an upload cut off half-way leaves no ticket and no attachment", async ({ page, context, customer }) => {
  await signIn(page, customer);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const category = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });
  const boundary = "----porticoboundary";
  const head = [
    ...Object.entries({ subject: "Cut off", description: "Half an upload", categoryId: category.id, urgency: "LOW" }).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    ),
    `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  ].join("");
  const total = Buffer.byteLength(head) + 2_000_000;
  await new Promise<void>((resolve) => {
    const request = http.request({
      host: "127.0.0.1",
      port: E2E_PORT,
      path: "/api/tickets",
      method: "POST",
      headers: { cookie, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(total) },
    });
    request.on("error", () => resolve());
    request.on("response", () => resolve());
    request.write(head);
    request.write(Buffer.concat([Buffer.from(PDF), Buffer.alloc(500_000)]));
    setTimeout(() => {
      request.destroy();
      resolve();
    }, 500);
  });
  await page.waitForTimeout(1000);
  expect(await db.ticket.count({ where: { requesterId: customer.id } })).toBe(0);
  expect(await db.attachment.count({ where: { uploadedById: customer.id } })).toBe(0);
});

test("@phone the new-ticket form with files fits a 375 px screen", async ({ page, customer }) => {
  await signIn(page, customer);
  await newTicketWithFiles(page, "Phone upload");
  await page.getByLabel("Attachments").setInputFiles([file("a-very-long-file-name-that-should-be-truncated-on-phones.png", "image/png", PNG)]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page.getByTestId("attachment-link")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
