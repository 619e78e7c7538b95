import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createConfirmationRequest } from "@/lib/confirmations/service";
import { saveNote } from "@/lib/notes/service";
import { pdfText } from "@/test/pdf-text";
import type { Person } from "../fixtures";

// Documents, notes and confirmations made for a test: files go through the real upload route
// (with a signed-in agent's page), the rest through the app's own services.

/** A small but real PDF whose text PDF.js can read back. */
export function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 760 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  return Buffer.from(
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n" +
      `4 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj\n` +
      "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  );
}

/** Uploads a document (or, with `documentId`, a new version) through POST /api/admin/documents. */
export async function uploadDocument(agentPage: Page, input: { title?: string; documentId?: string; name?: string; bytes?: Buffer }) {
  const response = await agentPage.request.post("/api/admin/documents", {
    headers: { origin: new URL(agentPage.url()).origin },
    multipart: {
      ...(input.documentId ? { documentId: input.documentId } : { title: input.title ?? `Doc ${randomUUID().slice(0, 6)}`, description: "", category: "" }),
      file: { name: input.name ?? "doc.pdf", mimeType: "application/pdf", buffer: input.bytes ?? pdf("Hello") },
    },
  });
  const body = await response.json();
  if (!body.ok) throw new Error(`uploadDocument: ${JSON.stringify(body)}`);
  return body.data as { id: string; versionId: string };
}

export async function policyRequest(agent: Person, people: Person[], title = `Policy ${randomUUID().slice(0, 6)}`, text = "Screens are locked when you leave your desk.") {
  const result = await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title, text, recipients: people.map((p) => p.email) });
  if (!result.ok) throw new Error(`policyRequest: ${JSON.stringify(result)}`);
  const recipients = await db.confirmationRecipient.findMany({ where: { requestId: result.data.id }, select: { id: true, userId: true } });
  return { id: result.data.id, title, recipientOf: (p: Person) => recipients.find((r) => r.userId === p.id)!.id };
}

export async function noteFor(agent: Person, person: Person, title = `Note ${randomUUID().slice(0, 6)}`) {
  const result = await saveNote(agent, { title, body: "Use **vpn.example.test**", target: { type: "person", email: person.email } });
  if (!result.ok) throw new Error(`noteFor: ${JSON.stringify(result)}`);
  return { id: result.data.id, title };
}

export async function makeAsset(serial = `SN-${randomUUID().slice(0, 8)}`) {
  return db.asset.create({ data: { tag: `LT-${randomUUID().slice(0, 6).toUpperCase()}`, name: "ThinkPad T14", type: { connectOrCreate: { where: { name: "Laptop" }, create: { name: "Laptop" } } }, serialNumber: serial } });
}

/** The text of a downloaded PDF, with runs of white space made single spaces. */
export async function downloadedPdfText(path: string) {
  const { readFile } = await import("node:fs/promises");
  return (await pdfText(new Uint8Array(await readFile(path)))).replace(/\s+/g, " ");
}

/** Chooses a person in the console's people picker by keyboard: part of the email, then Enter. */
export async function pickPerson(page: Page, label: string | RegExp, person: Person) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(person.email.slice(0, -3));
  await expect(page.getByRole("option", { name: new RegExp(person.email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  await box.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen" })).toContainText(person.email);
}
