import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createConfirmationRequest } from "@/lib/confirmations/service";
import { expect, mailsTo, newPage, signIn, test } from "../fixtures";
import { downloadedPdfText, makeAsset, pdf, pickPerson, policyRequest, uploadDocument } from "./fixtures";

// Several sign-ins and uploads each; this machine's production server is not fast.
test.describe.configure({ timeout: 120_000 });

test("an agent uploads a document and a new version and assigns it; the customer sees it new, then updated", async ({ page, browser, agent, customer }) => {
  const title = `Travel policy ${randomUUID().slice(0, 6)}`;
  await signIn(page, agent);
  await page.goto("/admin/documents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("How to book trips.");
  await page.getByLabel("Category").fill("Policies");
  // HTML in disguise is refused, and what was typed stays.
  await page.getByLabel("File").setInputFiles({ name: "travel.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("The file's content does not match its name.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  expect(await db.document.count({ where: { title } })).toBe(0);

  await page.getByLabel("File").setInputFiles({ name: "travel.pdf", mimeType: "application/pdf", buffer: pdf("Travel v1") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/documents\/[a-z0-9]+\?created=1/);
  await expect(page.getByText("Document uploaded.")).toBeVisible();
  await pickPerson(page, "Person", customer);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByText("Assigned.")).toBeVisible();
  await expect(page.getByTestId("assignments")).toContainText(customer.email);

  const reader = await newPage(browser);
  await signIn(reader, customer);
  await reader.goto("/documents");
  const item = reader.getByTestId("my-documents").locator("li", { hasText: title });
  await expect(item.getByText("New", { exact: true })).toBeVisible();
  const download = await reader.request.get((await item.getByRole("link", { name: /^Download/ }).getAttribute("href")) ?? "");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="travel.pdf"/);
  expect(download.headers()["content-type"]).toBe("application/octet-stream");
  await reader.reload();
  await expect(item.getByText("New", { exact: true })).toHaveCount(0);

  await page.getByLabel("File").setInputFiles({ name: "travel-2.pdf", mimeType: "application/pdf", buffer: pdf("Travel v2") });
  await page.getByRole("button", { name: "Upload a new version" }).click();
  await expect(page.getByText("Version 2 uploaded.")).toBeVisible();
  await expect(page.getByTestId("versions").locator("li")).toHaveCount(2);

  await reader.reload();
  await expect(item.getByText("Updated", { exact: true })).toBeVisible();
  await expect(item).toContainText("travel-2.pdf");
  // Viewed inline (a PDF), with the download rules' headers.
  const response = await reader.request.get(await item.getByRole("link", { name: /^View/ }).getAttribute("href") ?? "");
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="travel-2.pdf"/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await reader.reload();
  await expect(item.getByText("Updated", { exact: true })).toHaveCount(0);
});

test("an agent writes a note (scripts refused); the customer reads it; the agent sees who read it", async ({ page, browser, agent, customer }) => {
  const title = `VPN settings ${randomUUID().slice(0, 6)}`;
  await signIn(page, agent);
  await page.goto("/admin/notes/new");
  await page.getByLabel("Title").fill(title);
  await pickPerson(page, "Person", customer);
  await page.getByLabel("Text (Markdown)").fill("Server **vpn.example.test** <script>alert(1)</script>");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("The text contains a script").first()).toBeVisible();
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue(/<script>/);
  expect(await db.note.count({ where: { title } })).toBe(0);
  await page.getByLabel("Text (Markdown)").fill("Server **vpn.example.test**");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page).toHaveURL(/\/admin\/notes\/[a-z0-9]+\?saved=1/);
  await expect(page.getByTestId("note-readers")).toContainText("Not read yet");

  const reader = await newPage(browser);
  await signIn(reader, customer);
  await reader.goto("/notes");
  const row = reader.getByTestId("my-notes").locator("li", { hasText: title });
  await expect(row.getByText("New", { exact: true })).toBeVisible();
  await row.getByRole("link", { name: title }).click();
  await expect(reader.getByTestId("article-body").locator("strong")).toHaveText("vpn.example.test");
  await reader.goto("/notes");
  await expect(row.getByText("New", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("note-readers")).toContainText("Read ");
});

test("an agent sends a hand-over and a document acceptance; the customer confirms both at once; the receipt keeps the snapshot after the asset and document change", async ({ page, browser, agent, customer }) => {
  await signIn(page, agent);
  await page.goto("/admin");
  const docTitle = `Acceptable use ${randomUUID().slice(0, 6)}`;
  const doc = await uploadDocument(page, { title: docTitle, name: "aup.pdf", bytes: pdf("AUP v1") });
  const asset = await makeAsset("SN-ORIGINAL-1");

  await page.goto("/admin/confirmations/new");
  await page.getByLabel("What is to be confirmed").selectOption({ label: "Equipment received" });
  await page.getByLabel("Title").fill("Laptop hand-over");
  await page.getByLabel(new RegExp(asset.tag)).check();
  await pickPerson(page, "People", customer);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(/\/admin\/confirmations\/[a-z0-9]+\?sent=1/);
  await expect(page.getByTestId("snapshot")).toContainText("SN-ORIGINAL-1");

  await page.goto("/admin/confirmations/new");
  await page.getByLabel("What is to be confirmed").selectOption({ label: "Document accepted" });
  await page.getByLabel("Title").fill(`Accept ${docTitle}`);
  await page.getByLabel("Document version").selectOption({ label: `${docTitle} · v1 · aup.pdf` });
  await pickPerson(page, "People", customer);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(/\/admin\/confirmations\/[a-z0-9]+\?sent=1/);

  const reader = await newPage(browser);
  await signIn(reader, customer);
  await reader.goto("/confirmations");
  await expect(reader.getByTestId("pending-confirmations").locator("li")).toHaveCount(2);
  await reader.getByLabel("Choose all").check();
  // A missing tick and a wrong name are refused; nothing is recorded.
  await reader.getByLabel("Your full name, as signature").fill("Somebody Else");
  await reader.getByRole("button", { name: "Confirm 2 requests" }).click();
  await expect(reader.getByText("Tick “I confirm…” to sign.")).toBeVisible();
  await reader.getByLabel(/I confirm what is described/).check();
  await reader.getByRole("button", { name: "Confirm 2 requests" }).click();
  await expect(reader.getByText("The signature must be your full name as on your account.")).toBeVisible();
  expect(await db.confirmationRecipient.count({ where: { userId: customer.id, state: "CONFIRMED" } })).toBe(0);
  await reader.getByLabel("Your full name, as signature").fill(customer.name);
  // An address the browser writes itself is not recorded: the socket's address is.
  await reader.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" });
  await reader.getByRole("button", { name: "Confirm 2 requests" }).click();
  await expect(reader.getByText("Your answers are recorded.")).toBeVisible();
  await expect(reader.getByTestId("done-confirmations").locator("li")).toHaveCount(2);
  const signed = await db.confirmationRecipient.findMany({ where: { userId: customer.id, state: "CONFIRMED", signatureName: customer.name }, select: { ip: true } });
  expect(signed).toHaveLength(2);
  for (const { ip } of signed) expect(ip).toMatch(/^(127\.0\.0\.1|::1)$/);

  // Afterwards the asset and the document change; what was confirmed does not.
  await db.asset.update({ where: { id: asset.id }, data: { serialNumber: "SN-CHANGED-2", name: "Something else" } });
  await uploadDocument(page, { documentId: doc.id, name: "aup-2.pdf", bytes: pdf("AUP v2") });

  const handover = reader.getByTestId("done-confirmations").locator("li", { hasText: "Laptop hand-over" });
  const [download] = await Promise.all([reader.waitForEvent("download"), handover.getByRole("link", { name: /^Receipt \(PDF\)/ }).click()]);
  const text = await downloadedPdfText(await download.path());
  const record = await db.confirmationRecipient.findFirstOrThrow({ where: { userId: customer.id, request: { title: "Laptop hand-over" } }, include: { request: true } });
  for (const expected of ["Confirmation receipt", "Laptop hand-over", asset.tag, "SN-ORIGINAL-1", "ThinkPad T14", customer.name, record.request.snapshotSha256, record.receiptSha256!, "the record matches its hashes"]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain("SN-CHANGED-2");

  const acceptance = reader.getByTestId("done-confirmations").locator("li", { hasText: `Accept ${docTitle}` });
  await acceptance.getByRole("link", { name: /^Printable receipt/ }).click();
  const receipt = reader.getByTestId("receipt");
  await expect(receipt).toContainText("aup.pdf");
  await expect(receipt).not.toContainText("aup-2.pdf");
  await expect(receipt).toContainText(customer.name);
  await expect(receipt).toContainText("the record matches its hashes");

  // The agent sees who confirmed, and gets the same receipt.
  await page.goto("/admin/confirmations");
  await page.getByRole("link", { name: "Laptop hand-over" }).first().click();
  await expect(page.getByTestId("recipients")).toContainText("Confirmed");
  const agentReceipt = await page.request.get(`/api/confirmations/${record.id}/receipt`);
  expect(agentReceipt.status()).toBe(200);
  expect(agentReceipt.headers()["content-type"]).toBe("application/pdf");
});

test("an agent reminds a pending person by hand (email recorded), exports CSV and withdraws the request", async ({ page, browser, agent, customer, otherCustomer }) => {
  const request = await policyRequest(agent, [customer, otherCustomer], `Clean desk ${randomUUID().slice(0, 6)}`);
  await signIn(page, agent);
  await page.goto(`/admin/confirmations/${request.id}`);
  await page.getByRole("button", { name: `Send reminder: ${customer.name}` }).click();
  await expect(page.getByText("Reminder sent.")).toBeVisible();
  const mails = await mailsTo(customer.email);
  const reminder = mails.find((m) => m.subject === `Please confirm: ${request.title}`);
  expect(reminder?.text).toContain("/confirmations");
  await page.reload();
  await expect(page.getByTestId("recipients")).toContainText("1 sent");

  const csv = await page.request.get(`/admin/confirmations/${request.id}/export`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.text();
  expect(body).toContain(`"${customer.email}","PENDING"`);
  expect(body).toContain(`"${otherCustomer.email}","PENDING"`);

  // The customer has the request open when it is withdrawn: signing it then is refused.
  const reader = await newPage(browser);
  await signIn(reader, otherCustomer);
  await reader.goto("/confirmations");
  await reader.getByLabel(`Choose ${request.title}`).check();

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Withdraw request" }).click();
  await expect(page.getByText(/^Withdrawn /)).toBeVisible();

  await reader.getByLabel("Your full name, as signature").fill(otherCustomer.name);
  await reader.getByLabel(/I confirm what is described/).check();
  await reader.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(reader.getByText("This request was withdrawn and can no longer be answered.")).toBeVisible();
  expect(await db.confirmationRecipient.findUniqueOrThrow({ where: { id: request.recipientOf(otherCustomer) } })).toMatchObject({ state: "WITHDRAWN", signatureName: null });
  await reader.goto("/confirmations");
  await expect(reader.getByText("Nothing is waiting for your confirmation.")).toBeVisible();
});

test("an agent checks an asset out with “ask the person to confirm receipt”; the customer sees the hand-over and signs it", async ({ page, browser, agent, customer }) => {
  const asset = await makeAsset("SN-HANDOVER-1");
  await signIn(page, agent);
  await page.goto(`/admin/assets/${asset.id}?who=${encodeURIComponent(customer.email)}`);
  const form = page.getByRole("form", { name: "Check out" });
  await form.getByRole("radio").first().check();
  await form.getByLabel("Ask the person to confirm receipt").check();
  await form.getByLabel("Comment").fill("Desk 12");
  await form.getByRole("button", { name: "Check out" }).click();
  // Checked out: the holder's box now offers the check-in.
  await expect(page.getByRole("form", { name: "Check in" })).toBeVisible();
  await expect(page.getByTestId("asset-holder")).toContainText(customer.name);
  const request = await db.confirmationRequest.findFirstOrThrow({ where: { kind: "ASSET_HANDOVER", title: { contains: asset.tag } } });
  expect(request.title).toBe(`Hand-over: ${asset.tag} · ThinkPad T14`);

  const reader = await newPage(browser);
  await signIn(reader, customer);
  await reader.goto("/confirmations");
  const pending = reader.getByTestId("pending-confirmations").locator("li", { hasText: asset.tag });
  await expect(pending).toBeVisible();
  await reader.getByLabel(`Choose ${request.title}`).check();
  await reader.getByLabel("Your full name, as signature").fill(customer.name);
  await reader.getByLabel(/I confirm what is described/).check();
  await reader.getByRole("button", { name: "Confirm 1 request" }).click();
  await expect(reader.getByText("Your answer is recorded.")).toBeVisible();
  await expect(reader.getByTestId("done-confirmations").locator("li", { hasText: asset.tag })).toBeVisible();
  const answer = await db.confirmationRecipient.findFirstOrThrow({ where: { requestId: request.id } });
  expect(answer).toMatchObject({ userId: customer.id, state: "CONFIRMED" });
  expect(JSON.parse(request.snapshot).assets).toEqual([{ assetTag: asset.tag, name: "ThinkPad T14", serialNumber: "SN-HANDOVER-1" }]);
});

test("an admin deletes a document after confirming; the customer no longer has it; one a confirmation names is archived", async ({ page, browser, admin, agent, customer }) => {
  await signIn(page, admin);
  await page.goto("/admin");
  const doomed = await uploadDocument(page, { title: `Old price list ${randomUUID().slice(0, 6)}` });
  const kept = await uploadDocument(page, { title: `Signed policy ${randomUUID().slice(0, 6)}` });
  for (const doc of [doomed, kept]) await db.documentAssignment.create({ data: { documentId: doc.id, userId: customer.id, assignedById: admin.id } });
  const asked = await createConfirmationRequest(agent, { kind: "DOCUMENT_VERSION", title: "Accept the policy", documentVersionId: kept.versionId, recipients: [customer.email] });
  expect(asked.ok).toBe(true);

  // Dismissing the question changes nothing.
  await page.goto(`/admin/documents/${doomed.id}`);
  page.once("dialog", (d) => d.dismiss());
  await page.getByRole("button", { name: "Delete document" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/documents/${doomed.id}$`));
  expect(await db.document.count({ where: { id: doomed.id } })).toBe(1);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete document" }).click();
  await expect(page.getByText("Document deleted.")).toBeVisible();
  expect(await db.document.count({ where: { id: doomed.id } })).toBe(0);

  await page.goto(`/admin/documents/${kept.id}`);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete document" }).click();
  await expect(page.getByText(/^Document archived/)).toBeVisible();
  expect(await db.documentVersion.count({ where: { id: kept.versionId } })).toBe(1);

  const reader = await newPage(browser);
  await signIn(reader, customer);
  expect((await reader.request.get(`/api/documents/${doomed.id}`)).status()).toBe(404);
  // The version the customer is asked to accept still opens.
  expect((await reader.request.get(`/api/documents/versions/${kept.versionId}`)).status()).toBe(200);
});
