import type { APIResponse, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { answerConfirmations } from "@/lib/confirmations/service";
import { assignDocument } from "@/lib/documents/service";
import { PNG } from "@/test/files";
import { expect, newPage, signIn, test } from "../fixtures";
import { pdf, policyRequest, uploadDocument } from "../paperwork/fixtures";

// Every kind of stored file the app hands out, fetched as its owner: the type is the one recorded at
// upload, the browser may not sniff another, only images and PDFs are shown inline, and the file's
// own Content-Security-Policy lets nothing in it run. Fetched by someone without rights: the 404 of
// an unknown id. (Logo and favicon are public; they are in branding-files.spec.ts.)

test.describe.configure({ timeout: 180_000 });

const SANDBOX = /^sandbox; default-src 'none'/;
const PDF_POLICY = /^default-src 'none'; object-src 'self'; .*frame-ancestors 'self'$/;

type Expected = { type: string; disposition: "inline" | "attachment"; name: string; policy: RegExp };

function expectFileHeaders(response: APIResponse, expected: Expected) {
  const headers = response.headers();
  expect(response.status(), response.url()).toBe(200);
  expect(headers["content-type"], response.url()).toBe(expected.type);
  expect(headers["x-content-type-options"], response.url()).toBe("nosniff");
  expect(headers["content-disposition"], response.url()).toBe(`${expected.disposition}; filename="${expected.name}"; filename*=UTF-8''${encodeURIComponent(expected.name)}`);
  expect(headers["content-security-policy"], response.url()).toMatch(expected.policy);
}

async function expectNotFound(page: Page, paths: string[]) {
  const unknown = await page.request.get("/api/attachments/unknownid1");
  expect(unknown.status()).toBe(404);
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(await unknown.text());
  }
}

const origin = (page: Page) => ({ origin: new URL(page.url()).origin });
const files = {
  image: { name: "screen.png", mimeType: "image/png", buffer: Buffer.from(PNG) },
  pdf: { name: "invoice.pdf", mimeType: "application/pdf", buffer: pdf("Invoice") },
  // Sent as text/html by the browser; recorded by its content as plain text, and never served as a page.
  text: { name: "notes.txt", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script> plain words") },
};

test("ticket attachments and chat files: recorded type, nosniff, inline only for images and PDFs, a locked-down policy; 404 for others", async ({ page, browser, customer, otherCustomer }) => {
  await signIn(page, customer);
  const filed = await page.request.post("/api/tickets", {
    headers: origin(page),
    multipart: { subject: "Files for headers", description: "See the files.", categoryId: (await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } })).id, urgency: "LOW", attachments: files.image },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  const ticketId = (await filed.json()).data.id as number;
  for (const file of [files.pdf, files.text]) {
    const reply = await page.request.post(`/api/tickets/${ticketId}/messages`, { headers: origin(page), multipart: { body: "another file", attachments: file } });
    expect(reply.status(), await reply.text()).toBe(201);
  }
  const chat = await page.request.post("/api/chat/conversations", { headers: origin(page), multipart: { body: "files", attachments: files.image } });
  expect(chat.status(), await chat.text()).toBe(201);
  const conversationId = (await chat.json()).data.id as string;
  for (const file of [files.pdf, files.text]) {
    const message = await page.request.post(`/api/chat/conversations/${conversationId}/messages`, { headers: origin(page), multipart: { body: "another file", attachments: file } });
    expect(message.status(), await message.text()).toBe(201);
  }

  const ticketFiles = await db.attachment.findMany({ where: { ticketId }, select: { id: true, fileName: true } });
  const chatFiles = await db.chatAttachment.findMany({ where: { conversationId }, select: { id: true, fileName: true } });
  const expected: Record<string, Expected> = {
    "screen.png": { type: "image/png", disposition: "inline", name: "screen.png", policy: SANDBOX },
    "invoice.pdf": { type: "application/pdf", disposition: "inline", name: "invoice.pdf", policy: PDF_POLICY },
    "notes.txt": { type: "application/octet-stream", disposition: "attachment", name: "notes.txt", policy: SANDBOX },
  };
  const paths: string[] = [];
  for (const [prefix, list] of [["/api/attachments", ticketFiles], ["/api/chat/attachments", chatFiles]] as const) {
    expect(list.map((f) => f.fileName).sort()).toEqual(Object.keys(expected).sort());
    for (const file of list) {
      expectFileHeaders(await page.request.get(`${prefix}/${file.id}`), expected[file.fileName]);
      paths.push(`${prefix}/${file.id}`);
    }
  }

  const intruder = await newPage(browser);
  await signIn(intruder, otherCustomer);
  await expectNotFound(intruder, paths);
  const anonymous = await newPage(browser);
  await anonymous.goto("/login");
  await expectNotFound(anonymous, paths);
});

test("a knowledge-base image: recorded type, inline, sandboxed; 404 for a customer while no published article shows it", async ({ page, browser, admin, customer }) => {
  await signIn(page, admin);
  const upload = await page.request.post("/api/kb/images", { headers: origin(page), multipart: { file: files.image } });
  expect(upload.status(), await upload.text()).toBe(201);
  const image = await db.kbImage.findFirstOrThrow({ where: { uploadedById: admin.id }, select: { id: true } });
  expectFileHeaders(await page.request.get(`/api/kb/images/${image.id}`), { type: "image/png", disposition: "inline", name: "screen.png", policy: SANDBOX });
  const reader = await newPage(browser);
  await signIn(reader, customer);
  await expectNotFound(reader, [`/api/kb/images/${image.id}`]);
});

test("document versions and confirmation receipts: recorded type, nosniff, a policy; 404 for another customer", async ({ page, browser, agent, customer, otherCustomer }) => {
  await signIn(page, agent);
  const doc = await uploadDocument(page, { name: "handbook.pdf", bytes: pdf("Handbook") });
  const image = await uploadDocument(page, { name: "floor plan.png", bytes: Buffer.from(PNG) });
  for (const id of [doc.id, image.id]) expect((await assignDocument(agent, { documentId: id, target: { type: "person", email: customer.email } })).ok).toBe(true);
  const request = await policyRequest(agent, [customer]);
  const recipientId = request.recipientOf(customer);
  const answered = await answerConfirmations(customer, { recipientIds: [recipientId], decision: "confirm", signatureName: customer.name, agreed: true }, { ip: "127.0.0.1", userAgent: "fixture" });
  expect(answered.ok).toBe(true);

  const owner = await newPage(browser);
  await signIn(owner, customer);
  const handbook: Expected = { type: "application/pdf", disposition: "inline", name: "handbook.pdf", policy: PDF_POLICY };
  expectFileHeaders(await owner.request.get(`/api/documents/${doc.id}`), handbook);
  expectFileHeaders(await owner.request.get(`/api/documents/versions/${doc.versionId}`), handbook);
  expectFileHeaders(await owner.request.get(`/api/documents/versions/${doc.versionId}?download=1`), { ...handbook, type: "application/octet-stream", disposition: "attachment", policy: SANDBOX });
  expectFileHeaders(await owner.request.get(`/api/documents/versions/${image.versionId}`), { type: "image/png", disposition: "inline", name: "floor plan.png", policy: SANDBOX });
  expectFileHeaders(await owner.request.get(`/api/confirmations/${recipientId}/receipt`), { type: "application/pdf", disposition: "attachment", name: `receipt-${recipientId}.pdf`, policy: PDF_POLICY });

  const intruder = await newPage(browser);
  await signIn(intruder, otherCustomer);
  await expectNotFound(intruder, [`/api/documents/${doc.id}`, `/api/documents/versions/${doc.versionId}`, `/api/documents/versions/${image.versionId}`, `/api/confirmations/${recipientId}/receipt`]);
});
