import { db } from "@/lib/db";
import { answerConfirmations } from "@/lib/confirmations/service";
import { assignDocument } from "@/lib/documents/service";
import { expect, newPage, signIn, test, type Person } from "../fixtures";
import { noteFor, pdf, policyRequest, uploadDocument } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

/** A's document, note and answered confirmation, made by `agent` (signed in on `agentPage`). */
async function ownedBy(agentPage: import("@playwright/test").Page, agent: Person, owner: Person) {
  await signIn(agentPage, agent);
  const doc = await uploadDocument(agentPage, { name: "private.pdf", bytes: pdf("Private") });
  await assignDocument(agent, { documentId: doc.id, target: { type: "person", email: owner.email } });
  const note = await noteFor(agent, owner);
  const answered = await policyRequest(agent, [owner]);
  const recipientId = answered.recipientOf(owner);
  const done = await answerConfirmations(owner, { recipientIds: [recipientId], decision: "confirm", signatureName: owner.name, agreed: true }, { ip: "127.0.0.1", userAgent: "fixture" });
  if (!done.ok) throw new Error(JSON.stringify(done));
  return { doc, note, recipientId };
}

test("another customer gets the same 404 as for an unknown id on every page, download and receipt", async ({ page, browser, agent, customer, otherCustomer }) => {
  const a = await ownedBy(page, agent, customer);
  const intruder = await newPage(browser);
  await signIn(intruder, otherCustomer);
  const unknown = await intruder.request.get("/api/documents/unknownid1");
  expect(unknown.status()).toBe(404);
  const unknownBody = await unknown.text();
  for (const path of [`/api/documents/${a.doc.id}`, `/api/documents/versions/${a.doc.versionId}`, `/api/confirmations/${a.recipientId}/receipt`]) {
    const response = await intruder.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(unknownBody);
  }
  for (const path of [`/notes/${a.note.id}`, `/confirmations/${a.recipientId}`, `/confirmations/${a.recipientId}/receipt`]) {
    expect((await intruder.goto(path))?.status(), path).toBe(404);
    await expect(intruder.getByText(a.note.title)).toHaveCount(0);
  }
  await intruder.goto("/documents");
  await expect(intruder.getByText("No documents for you yet.")).toBeVisible();
  // The owner does get them.
  const owner = await newPage(browser);
  await signIn(owner, customer);
  expect((await owner.request.get(`/api/documents/${a.doc.id}`)).status()).toBe(200);
  expect((await owner.request.get(`/api/confirmations/${a.recipientId}/receipt`)).status()).toBe(200);
  expect((await owner.goto(`/notes/${a.note.id}`))?.status()).toBe(200);
});

test("a customer cannot answer another person's request by forging the form", async ({ browser, agent, customer, otherCustomer }) => {
  const theirs = await policyRequest(agent, [customer]);
  const mine = await policyRequest(agent, [otherCustomer]);
  const intruder = await newPage(browser);
  await signIn(intruder, otherCustomer);
  await intruder.goto("/confirmations");
  await intruder.getByLabel("Your full name, as signature").fill(otherCustomer.name);
  await intruder.getByLabel(/I confirm what is described/).check();
  await intruder.locator(`input[name="recipientIds"][value="${mine.recipientOf(otherCustomer)}"]`).evaluate((el, id) => ((el as HTMLInputElement).value = id), theirs.recipientOf(customer));
  await intruder.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(intruder.getByText("This request does not exist.")).toBeVisible();
  expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: theirs.recipientOf(customer) } })).state).toBe("PENDING");
});

test("confirming twice from two open pages records one answer", async ({ browser, agent, customer }) => {
  const request = await policyRequest(agent, [customer]);
  const first = await newPage(browser);
  await signIn(first, customer);
  const second = await first.context().newPage();
  await second.goto("/confirmations");
  await first.goto("/confirmations");
  for (const p of [first, second]) {
    await p.getByLabel("Your full name, as signature").fill(customer.name);
    await p.getByLabel(/I confirm what is described/).check();
  }
  await first.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(first.getByText("Your answer is recorded.")).toBeVisible();
  const recorded = await db.confirmationRecipient.findUniqueOrThrow({ where: { id: request.recipientOf(customer) } });
  await second.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(second.getByText("This request has already been answered; an answer cannot be changed.")).toBeVisible();
  expect(await db.confirmationRecipient.findUniqueOrThrow({ where: { id: request.recipientOf(customer) } })).toEqual(recorded);
});

test("a 10,000-character signature is refused and nothing is recorded", async ({ page, agent, customer }) => {
  const request = await policyRequest(agent, [customer]);
  await signIn(page, customer);
  await page.goto("/confirmations");
  await page.getByLabel("Your full name, as signature").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("Your full name, as signature").fill("x".repeat(10_000));
  await page.getByLabel(/I confirm what is described/).check();
  await page.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(page.getByText("The signature is too long (200 characters at most).")).toBeVisible();
  expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: request.recipientOf(customer) } })).state).toBe("PENDING");
});

test("with the person's switches off there is no nav entry and every page, download and action answers 404", async ({ page, browser, agent, customer }) => {
  const a = await ownedBy(page, agent, customer);
  const pending = await policyRequest(agent, [customer]);
  const person = await newPage(browser);
  await signIn(person, customer);
  await person.goto("/confirmations");
  const nav = person.getByRole("navigation").first();
  await expect(nav.getByRole("link", { name: "Documents" })).toBeVisible();
  await db.userPortalOptions.upsert({
    where: { userId: customer.id },
    update: { showDocuments: false, showNotes: false, showConfirmations: false },
    create: { userId: customer.id, showDocuments: false, showNotes: false, showConfirmations: false },
  });
  // The page loaded before the switch went off: its action is refused too.
  await person.getByLabel("Your full name, as signature").fill(customer.name);
  await person.getByLabel(/I confirm what is described/).check();
  await person.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(person.getByText("This request does not exist.")).toBeVisible();
  expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: pending.recipientOf(customer) } })).state).toBe("PENDING");
  for (const path of ["/documents", "/notes", "/confirmations", `/notes/${a.note.id}`, `/confirmations/${a.recipientId}`, `/confirmations/${a.recipientId}/receipt`]) {
    expect((await person.goto(path))?.status(), path).toBe(404);
  }
  for (const path of [`/api/documents/${a.doc.id}`, `/api/documents/versions/${a.doc.versionId}`, `/api/confirmations/${a.recipientId}/receipt`]) {
    expect((await person.request.get(path)).status(), path).toBe(404);
  }
  await person.goto("/tickets");
  for (const name of ["Documents", "Notes", "Confirmations"]) await expect(person.getByRole("navigation").first().getByRole("link", { name })).toHaveCount(0);
});

test("a customer gets a 404 for the console's screens, export and upload", async ({ page, agent, customer }) => {
  const request = await policyRequest(agent, [customer]);
  await signIn(page, customer);
  for (const path of ["/admin/documents", "/admin/documents/new", "/admin/notes", "/admin/notes/new", "/admin/confirmations", `/admin/confirmations/${request.id}`, `/admin/confirmations/receipts/${request.recipientOf(customer)}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get(`/admin/confirmations/${request.id}/export`)).status()).toBe(404);
  const upload = await page.request.post("/api/admin/documents", { headers: { origin: new URL(page.url()).origin }, multipart: { title: "Mine", file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdf("x") } } });
  expect(upload.status()).toBe(404);
  expect(await db.document.count({ where: { title: "Mine" } })).toBe(0);
});
