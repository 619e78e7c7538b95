import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { FileStorage } from "@/lib/storage";
import { makeCategory, makeUser } from "@/test/factories";
import { EXE, HTML, PDF, PNG, tempStorage } from "@/test/files";
import { streamedForm } from "@/test/multipart";
import { addReply, createTicket } from "./service";
import { getAttachmentForDownload, getTicket } from "./queries";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

const ticketInput = (subject: string) => ({ subject, description: "See the screenshot.", categoryId, urgency: "LOW" as const });
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe("attachments on a new ticket and on replies", () => {
  it("stores the files and records them with the name given and the type found in the bytes", async () => {
    const alice = await makeUser();
    const { dir, storage } = tempStorage();
    const result = await createTicket(alice, ticketInput("With files"), { storage, files: [{ name: "screen.png", bytes: PNG }, { name: "C:\\docs\\invoice.pdf", bytes: PDF }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = await db.attachment.findMany({ where: { ticketId: result.data.id }, orderBy: { fileName: "asc" } });
    expect(rows.map((r) => [r.fileName, r.contentType, r.size, r.messageId, r.uploadedById])).toEqual([
      ["invoice.pdf", "application/pdf", PDF.byteLength, null, alice.id],
      ["screen.png", "image/png", PNG.byteLength, null, alice.id],
    ]);
    expect(await storage.get(rows[1].storageKey)).toEqual(PNG);
    expect(filesIn(dir)).toHaveLength(2);
    const shown = await getTicket(alice, result.data.id);
    expect(shown?.attachments.map((a) => a.fileName)).toEqual(["screen.png", "invoice.pdf"]);
  });

  it("a reply carries its own files", async () => {
    const alice = await makeUser();
    const { storage } = tempStorage();
    const created = await createTicket(alice, ticketInput("Reply with file"));
    if (!created.ok) throw new Error("ticket");
    const reply = await addReply(alice, { ticketId: created.data.id, body: "Here it is" }, { storage, files: [{ name: "log.txt", bytes: new TextEncoder().encode("boot ok\n") }] });
    expect(reply.ok).toBe(true);
    const shown = await getTicket(alice, created.data.id);
    expect(shown?.messages[0].attachments.map((a) => [a.fileName, a.contentType])).toEqual([["log.txt", "text/plain"]]);
  });

  it("refuses disguised, oversized, empty and too many files, and stores nothing at all", async () => {
    const alice = await makeUser();
    const { dir, storage } = tempStorage();
    const cases: [string, { name: string; bytes: Uint8Array }[], string][] = [
      ["program renamed", [{ name: "screen.png", bytes: PNG }, { name: "invoice.pdf", bytes: EXE }], "errors.fileTypeNotAllowed"],
      ["html as image", [{ name: "photo.png", bytes: HTML }], "errors.fileTypeMismatch"],
      ["too large", [{ name: "big.pdf", bytes: new Uint8Array(25 * 1024 * 1024 + 1).fill(32, 9).map((v, i) => (i < 9 ? PDF[i] : v)) }], "errors.fileTooLarge"],
      ["empty", [{ name: "empty.txt", bytes: new Uint8Array(0) }], "errors.fileEmpty"],
      ["eleven files", Array.from({ length: 11 }, (_, i) => ({ name: `s${i}.png`, bytes: PNG })), "errors.tooManyFiles"],
    ];
    for (const [label, files, key] of cases) {
      const result = await createTicket(alice, ticketInput(label), { storage, files });
      expect(result, label).toMatchObject({ ok: false, fieldErrors: { attachments: [key] } });
    }
    expect(await db.ticket.count({ where: { requesterId: alice.id } })).toBe(0);
    expect(await db.attachment.count({ where: { uploadedById: alice.id } })).toBe(0);
    expect(filesIn(dir)).toHaveLength(0);
  });

  it("a storage failure part-way leaves neither a record nor a stored file", async () => {
    const alice = await makeUser();
    const { dir, storage } = tempStorage();
    let puts = 0;
    const failing: FileStorage = { ...storage, put: async (key, data) => { if (++puts === 2) throw new Error("disk full"); await storage.put(key, data); } };
    await expect(createTicket(alice, ticketInput("Disk full"), { storage: failing, files: [{ name: "a.png", bytes: PNG }, { name: "b.png", bytes: PNG }] })).rejects.toThrow("disk full");
    expect(await db.ticket.count({ where: { requesterId: alice.id } })).toBe(0);
    expect(filesIn(dir)).toHaveLength(0);
  });

  it("a database failure after the files were stored removes them again", async () => {
    const { dir, storage } = tempStorage();
    const ghost = { id: "no-such-user", role: "CUSTOMER" as const, organizationId: null };
    await expect(createTicket(ghost, ticketInput("Ghost"), { storage, files: [{ name: "a.png", bytes: PNG }] })).rejects.toThrow();
    expect(filesIn(dir)).toHaveLength(0);
  });

  it("a refused reply (closed ticket, someone else's ticket) stores no file", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const { dir, storage } = tempStorage();
    const created = await createTicket(alice, ticketInput("Not Bob's"));
    if (!created.ok) throw new Error("ticket");
    expect(await addReply(bob, { ticketId: created.data.id, body: "mine" }, { storage, files: [{ name: "a.png", bytes: PNG }] })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.attachment.count({ where: { ticketId: created.data.id } })).toBe(0);
    expect(filesIn(dir)).toHaveLength(0);
  });
});

describe("attachments streamed by the form reader", () => {
  it("are moved from incoming/ to their attachment keys, and nothing stays under incoming/", async () => {
    const alice = await makeUser();
    const { dir, storage } = tempStorage();
    const form = await streamedForm(storage, [{ name: "screen.png", bytes: PNG }, { name: "invoice.pdf", bytes: PDF }], "attachments");
    const result = await createTicket(alice, ticketInput("Streamed"), { storage, files: form.files });
    await form.discard();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = await db.attachment.findMany({ where: { ticketId: result.data.id }, orderBy: { fileName: "asc" } });
    expect(rows.map((r) => [r.fileName, r.contentType, r.size])).toEqual([
      ["invoice.pdf", "application/pdf", PDF.byteLength],
      ["screen.png", "image/png", PNG.byteLength],
    ]);
    expect(await storage.get(rows[1].storageKey)).toEqual(PNG);
    expect(filesIn(dir).map((f) => f.parentPath.endsWith("attachments"))).toEqual([true, true]);
  });

  it("a refused form (one bad file, a closed door, a failed write) leaves no file at all", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const { dir, storage } = tempStorage();
    const refused = await streamedForm(storage, [{ name: "screen.png", bytes: PNG }, { name: "photo.png", bytes: HTML }], "attachments");
    expect(await createTicket(alice, ticketInput("One bad"), { storage, files: refused.files })).toMatchObject({ ok: false, fieldErrors: { attachments: ["errors.fileTypeMismatch"] } });
    await refused.discard();
    const created = await createTicket(alice, ticketInput("Not Bob's"));
    if (!created.ok) throw new Error("ticket");
    const notHis = await streamedForm(storage, [{ name: "a.png", bytes: PNG }], "attachments");
    expect(await addReply(bob, { ticketId: created.data.id, body: "mine" }, { storage, files: notHis.files })).toMatchObject({ ok: false, message: "errors.notFound" });
    await notHis.discard();
    let moves = 0;
    const failing: FileStorage = { ...storage, move: async (from, to) => { if (++moves === 2) throw new Error("disk full"); await storage.move(from, to); } };
    const halfway = await streamedForm(storage, [{ name: "a.png", bytes: PNG }, { name: "b.png", bytes: PNG }], "attachments");
    await expect(createTicket(alice, ticketInput("Disk full"), { storage: failing, files: halfway.files })).rejects.toThrow("disk full");
    await halfway.discard();
    const ghost = { id: "no-such-user", role: "CUSTOMER" as const, organizationId: null };
    const noRecord = await streamedForm(storage, [{ name: "a.png", bytes: PNG }], "attachments");
    await expect(createTicket(ghost, ticketInput("Ghost"), { storage, files: noRecord.files })).rejects.toThrow();
    await noRecord.discard();
    expect(filesIn(dir)).toHaveLength(0);
    expect(await db.ticket.count({ where: { requesterId: alice.id, subject: { in: ["One bad", "Disk full"] } } })).toBe(0);
  });

  it("a text file is judged as text over its whole length, beyond the head kept for the type check", async () => {
    const alice = await makeUser();
    const { storage } = tempStorage();
    const late = new Uint8Array(200 * 1024).fill(65);
    late[150 * 1024] = 0;
    const form = await streamedForm(storage, [{ name: "log.txt", bytes: late }], "attachments");
    expect(await createTicket(alice, ticketInput("Binary log"), { storage, files: form.files })).toMatchObject({ ok: false, fieldErrors: { attachments: ["errors.fileTypeMismatch"] } });
    await form.discard();
  });
});

describe("who may download an attachment", () => {
  it("the requester and agents may; another customer may not, even knowing the id", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const agent = await makeUser("AGENT");
    const { storage } = tempStorage();
    const created = await createTicket(alice, ticketInput("Private file"), { storage, files: [{ name: "payslip.pdf", bytes: PDF }] });
    if (!created.ok) throw new Error("ticket");
    const { id } = await db.attachment.findFirstOrThrow({ where: { ticketId: created.data.id } });
    expect(await getAttachmentForDownload(alice, id)).toMatchObject({ fileName: "payslip.pdf", contentType: "application/pdf" });
    expect(await getAttachmentForDownload(agent, id)).toMatchObject({ fileName: "payslip.pdf" });
    expect(await getAttachmentForDownload(bob, id)).toBeNull();
    expect(await getAttachmentForDownload(bob, "../../etc/passwd")).toBeNull();
  });

  it("files on an internal note are for agents only", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const { storage } = tempStorage();
    const created = await createTicket(alice, ticketInput("Note with file"));
    if (!created.ok) throw new Error("ticket");
    const note = await addReply(agent, { ticketId: created.data.id, body: "vendor quote", internal: true }, { storage, files: [{ name: "quote.pdf", bytes: PDF }] });
    if (!note.ok) throw new Error("note");
    const { id } = await db.attachment.findFirstOrThrow({ where: { messageId: note.data.messageId } });
    expect(await getAttachmentForDownload(agent, id)).not.toBeNull();
    expect(await getAttachmentForDownload(alice, id)).toBeNull();
    // The ticket page: listed under the note for the agent; nowhere for the requester.
    const asAgent = await getTicket(agent, created.data.id);
    expect(asAgent?.messages.find((m) => m.id === note.data.messageId)?.attachments.map((a) => a.fileName)).toEqual(["quote.pdf"]);
    expect(asAgent?.attachments).toEqual([]);
    const asAlice = await getTicket(alice, created.data.id);
    expect(asAlice?.messages).toEqual([]);
    expect(asAlice?.attachments).toEqual([]);
  });
});
