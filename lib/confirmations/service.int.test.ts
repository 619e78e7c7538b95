import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { PDF, tempStorage } from "@/test/files";
import { pdfText } from "@/test/pdf-text";
import { addDocumentVersion, createDocument } from "@/lib/documents/service";
import { getDocumentFileForViewer } from "@/lib/documents/queries";
import { answerConfirmations, createConfirmationRequest, remindByHand, withdrawConfirmationRequest } from "./service";
import { getConfirmationRecord, getRequestForStaff, listMyConfirmations, listRequestsForStaff, MY_DONE_PAGE_SIZE, requestCsv } from "./queries";
import { sendDueReminders } from "./reminders";
import { checkInAndAskReturn, checkOutAndAskReceipt } from "./handover";
import { renderReceiptPdf, type ReceiptLabels } from "./receipt-pdf";
import { sha256Hex } from "./snapshot";

type Person = Awaited<ReturnType<typeof makeUser>>;
const named = (p: Person, name: string) => ({ ...p, name });
const { storage } = tempStorage();
let agent: ReturnType<typeof named>, customer: ReturnType<typeof named>, other: ReturnType<typeof named>;
const DAY = 24 * 60 * 60 * 1000;
const meta = { ip: "203.0.113.7", userAgent: "Vitest browser" };
const receiptLabels = Object.fromEntries(
  ["receiptTitle", "person", "request", "kind", "state", "signature", "signedAt", "ip", "userAgent", "comment", "snapshot", "text", "document", "assets", "assetTag", "assetName", "serial", "fileName", "versionNumber", "snapshotHash", "receiptHash", "requestId", "recipientId", "intact", "tampered", "snapshotJson", "sentOn", "kindName", "stateName"].map((k) => [k, `L-${k}`]),
) as ReceiptLabels;

beforeAll(async () => {
  agent = named(await makeUser("AGENT"), "Test AGENT");
  customer = named(await makeUser("CUSTOMER"), "Test CUSTOMER");
  other = named(await makeUser("CUSTOMER"), "Test CUSTOMER");
});

async function policyFor(people: { email: string }[], title = `Policy ${randomUUID().slice(0, 6)}`) {
  const result = await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title, text: "Passwords are never shared.", recipients: people.map((p) => p.email) });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const recipientOf = (requestId: string, person: { id: string }) => db.confirmationRecipient.findUniqueOrThrow({ where: { requestId_userId: { requestId, userId: person.id } } });
const sign = (ids: string[], extra: Partial<Parameters<typeof answerConfirmations>[1]> = {}) => ({ recipientIds: ids, decision: "confirm" as const, signatureName: "Test CUSTOMER", agreed: true, ...extra });

describe("sending requests", () => {
  it("freezes the text with its SHA-256 and creates one pending answer per person", async () => {
    const id = await policyFor([customer, other]);
    const request = await db.confirmationRequest.findUniqueOrThrow({ where: { id }, include: { recipients: true } });
    expect(sha256Hex(request.snapshot)).toBe(request.snapshotSha256);
    expect(JSON.parse(request.snapshot)).toMatchObject({ kind: "POLICY_TEXT", text: "Passwords are never shared.", requestedBy: "Test AGENT" });
    expect(request.recipients.map((r) => r.state)).toEqual(["PENDING", "PENDING"]);
  });

  it("snapshots a document version, which a later version does not change", async () => {
    const doc = await createDocument(agent, { title: "Acceptable use", description: "", category: "", file: { name: "aup.pdf", bytes: PDF } }, storage);
    if (!doc.ok) throw new Error("doc");
    const result = await createConfirmationRequest(agent, { kind: "DOCUMENT_VERSION", title: "Accept the AUP", documentVersionId: doc.data.versionId, recipients: [customer.email] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    await addDocumentVersion(agent, { documentId: doc.data.id, file: { name: "aup.pdf", bytes: new TextEncoder().encode("%PDF-1.4\nchanged\n%%EOF\n") } }, storage);
    await db.document.update({ where: { id: doc.data.id }, data: { title: "Renamed afterwards" } });
    const row = await recipientOf(result.data.id, customer);
    const record = await getConfirmationRecord(customer, row.id);
    expect(record?.snapshotData.document).toMatchObject({ title: "Acceptable use", versionNumber: 1, sha256: sha256Hex(new TextDecoder().decode(PDF)) });
    // The person asked to accept that version may open it even though the document is not assigned to them.
    expect(await getDocumentFileForViewer(customer, { versionId: doc.data.versionId })).toMatchObject({ id: doc.data.versionId });
    expect(await getDocumentFileForViewer(other, { versionId: doc.data.versionId })).toBeNull();
  });

  it("snapshots assets with tag, name and serial; a later change to the asset does not change it", async () => {
    const asset = await db.asset.create({ data: { tag: `LT-${randomUUID().slice(0, 6)}`, name: "ThinkPad T14", type: { connectOrCreate: { where: { name: "Laptop" }, create: { name: "Laptop" } } }, serialNumber: "SN-123" } });
    const result = await createConfirmationRequest(agent, { kind: "ASSET_HANDOVER", title: "Laptop hand-over", assetIds: [asset.id], recipients: [customer.email] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    await db.asset.update({ where: { id: asset.id }, data: { serialNumber: "SN-CHANGED", name: "Other" } });
    const request = await getRequestForStaff(agent, result.data.id);
    expect(request?.snapshot.assets).toEqual([{ assetTag: asset.tag, name: "ThinkPad T14", serialNumber: "SN-123" }]);
    expect(await createConfirmationRequest(agent, { kind: "ASSET_RETURN", title: "Return", assetIds: [asset.id], recipients: [customer.email, other.email] })).toMatchObject({ ok: false, fieldErrors: { recipients: ["errors.assetsOnePerson"] } });
    expect(await createConfirmationRequest(agent, { kind: "ASSET_RETURN", title: "Return", assetIds: ["nosuchasset"], recipients: [customer.email] })).toMatchObject({ ok: false, fieldErrors: { assetIds: ["errors.assetsInvalid"] } });
  });

  it("refuses unknown recipients, staff recipients, a policy without text; and a customer sending", async () => {
    const title = `Refused ${randomUUID()}`;
    expect(await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title, text: "x", recipients: ["nobody@example.test"] })).toMatchObject({ ok: false, fieldErrors: { recipients: ["errors.recipientUnknown"] } });
    expect(await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title, text: "x", recipients: [agent.email] })).toMatchObject({ ok: false });
    expect(await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title, text: "", recipients: [customer.email] })).toMatchObject({ ok: false, fieldErrors: { text: ["errors.textRequired"] } });
    expect(await createConfirmationRequest(customer, { kind: "POLICY_TEXT", title, text: "x", recipients: [other.email] })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.confirmationRequest.count({ where: { title } })).toBe(0);
  });
});

describe("answering", () => {
  it("confirms several requests with one signature and records who, when, IP, browser and a receipt hash", async () => {
    const a = await recipientOf(await policyFor([customer]), customer);
    const b = await recipientOf(await policyFor([customer]), customer);
    expect(await answerConfirmations(customer, sign([a.id, b.id], { comment: "All clear" }), meta)).toEqual({ ok: true, data: { count: 2 } });
    for (const id of [a.id, b.id]) {
      const row = await db.confirmationRecipient.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ state: "CONFIRMED", signatureName: "Test CUSTOMER", ip: "203.0.113.7", userAgent: "Vitest browser", comment: "All clear" });
      expect(row.receiptSha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await getConfirmationRecord(customer, id))?.intact).toBe(true);
    }
    const mine = await listMyConfirmations(customer);
    expect(mine.done.map((d) => d.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(mine.pending.map((d) => d.id)).not.toContain(a.id);
  });

  it("refuses confirming twice and changes nothing", async () => {
    const a = await recipientOf(await policyFor([customer]), customer);
    await answerConfirmations(customer, sign([a.id]), meta);
    const before = await db.confirmationRecipient.findUniqueOrThrow({ where: { id: a.id } });
    expect(await answerConfirmations(customer, sign([a.id], { decision: "decline", comment: "changed my mind" }), { ip: "198.51.100.1", userAgent: "x" })).toMatchObject({ ok: false, message: "errors.alreadyAnswered" });
    expect(await db.confirmationRecipient.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });

  it("refuses the whole answer when one of the chosen requests was already answered", async () => {
    const a = await recipientOf(await policyFor([customer]), customer);
    const b = await recipientOf(await policyFor([customer]), customer);
    await answerConfirmations(customer, sign([a.id]), meta);
    expect(await answerConfirmations(customer, sign([a.id, b.id]), meta)).toMatchObject({ ok: false, message: "errors.alreadyAnswered" });
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: b.id } })).state).toBe("PENDING");
  });

  it("answers two simultaneous confirmations once", async () => {
    const a = await recipientOf(await policyFor([customer]), customer);
    const results = await Promise.all([answerConfirmations(customer, sign([a.id]), meta), answerConfirmations(customer, sign([a.id], { decision: "decline", comment: "no" }), meta)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { targetId: a.id, action: { startsWith: "confirmation." } } })).toBe(1);
  });

  it("refuses confirming a withdrawn request", async () => {
    const requestId = await policyFor([customer]);
    const a = await recipientOf(requestId, customer);
    expect(await withdrawConfirmationRequest(agent, requestId)).toEqual({ ok: true, data: undefined });
    expect(await answerConfirmations(customer, sign([a.id]), meta)).toMatchObject({ ok: false, message: "errors.withdrawn" });
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("WITHDRAWN");
    expect(await withdrawConfirmationRequest(agent, requestId)).toMatchObject({ ok: false, message: "errors.alreadyWithdrawn" });
  });

  it("keeps given answers when a request is withdrawn", async () => {
    const requestId = await policyFor([customer, other]);
    const a = await recipientOf(requestId, customer);
    await answerConfirmations(customer, sign([a.id]), meta);
    await withdrawConfirmationRequest(agent, requestId);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("CONFIRMED");
    expect((await recipientOf(requestId, other)).state).toBe("WITHDRAWN");
  });

  it.each([
    ["an empty signature", { signatureName: "  " }, { signatureName: ["errors.signatureRequired"] }],
    ["a 10,000-character signature", { signatureName: "x".repeat(10_000) }, { signatureName: ["errors.signatureTooLong"] }],
    ["another name", { signatureName: "Someone Else" }, { signatureName: ["errors.signatureMismatch"] }],
    ["no tick", { agreed: false }, { agreed: ["errors.tickRequired"] }],
    ["a decline without a reason", { decision: "decline" as const, agreed: false }, { comment: ["errors.declineReason"] }],
  ])("refuses %s and changes nothing", async (_label, extra, fieldErrors) => {
    const a = await recipientOf(await policyFor([customer]), customer);
    expect(await answerConfirmations(customer, sign([a.id], extra), meta)).toMatchObject({ ok: false, fieldErrors });
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("PENDING");
  });

  it("accepts the name typed in another case and spacing", async () => {
    const a = await recipientOf(await policyFor([customer]), customer);
    expect(await answerConfirmations(customer, sign([a.id], { signatureName: "  test   customer " }), meta)).toMatchObject({ ok: true });
  });

  it("treats another person's request like an unknown one, alone or among one's own", async () => {
    const requestId = await policyFor([customer, other]);
    const mine = await recipientOf(requestId, customer);
    const theirs = await recipientOf(requestId, other);
    expect(await answerConfirmations(customer, sign([theirs.id]), meta)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await answerConfirmations(customer, sign([mine.id, theirs.id]), meta)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await answerConfirmations(customer, sign(["unknown123"]), meta)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: theirs.id } })).state).toBe("PENDING");
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: mine.id } })).state).toBe("PENDING");
    expect(await getConfirmationRecord(customer, theirs.id)).toBeNull();
    expect(await getConfirmationRecord(agent, theirs.id)).toMatchObject({ id: theirs.id });
  });
});

describe("console", () => {
  it("lists requests with counts, exports CSV with formula cells made inert, and refuses customers", async () => {
    const requestId = await policyFor([customer, other]);
    await db.user.update({ where: { id: other.id }, data: { name: "=HYPERLINK(\"http://evil\")" } });
    await answerConfirmations(customer, sign([(await recipientOf(requestId, customer)).id]), meta);
    const list = await listRequestsForStaff(agent);
    expect(list?.items.find((i) => i.id === requestId)).toMatchObject({ confirmed: 1, pending: 1, declined: 0 });
    const csv = await requestCsv(agent, requestId);
    expect(csv?.csv.split("\r\n")[0]).toBe('"name","email","state","respondedAt","signature","comment","reminders","lastRemindedAt"');
    expect(csv?.csv).toContain('"Test CUSTOMER"');
    expect(csv?.csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(await listRequestsForStaff(customer)).toBeNull();
    expect(await getRequestForStaff(customer, requestId)).toBeNull();
    expect(await requestCsv(customer, requestId)).toBeNull();
    expect(await withdrawConfirmationRequest(customer, requestId)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect((await db.confirmationRequest.findUniqueOrThrow({ where: { id: requestId } })).withdrawnAt).toBeNull();
    await db.user.update({ where: { id: other.id }, data: { name: "Test CUSTOMER" } });
  });
});

describe("receipts", () => {
  it("shows the snapshot, signature data and hashes in a PDF, and flags a record changed behind Portico's back", async () => {
    const requestId = await policyFor([customer], "Clean desk policy");
    const a = await recipientOf(requestId, customer);
    await answerConfirmations(customer, sign([a.id]), meta);
    const record = (await getConfirmationRecord(customer, a.id))!;
    const labels = Object.fromEntries(
      ["receiptTitle", "person", "request", "kind", "state", "signature", "signedAt", "ip", "userAgent", "comment", "snapshot", "text", "document", "assets", "assetTag", "assetName", "serial", "fileName", "versionNumber", "snapshotHash", "receiptHash", "requestId", "recipientId", "intact", "tampered", "snapshotJson", "sentOn", "kindName", "stateName"].map((k) => [k, `L-${k}`]),
    ) as ReceiptLabels;
    const text = (await pdfText(await renderReceiptPdf(record, labels))).replace(/\s+/g, " ");
    for (const expected of ["Clean desk policy", "Passwords are never shared.", "Test CUSTOMER", "203.0.113.7", record.request.snapshotSha256, record.receiptSha256!, "L-intact"]) expect(text).toContain(expected);
    await db.confirmationRecipient.update({ where: { id: a.id }, data: { signatureName: "Forged Name" } });
    const forged = (await getConfirmationRecord(agent, a.id))!;
    expect(forged.intact).toBe(false);
    expect((await pdfText(await renderReceiptPdf(forged, labels))).replace(/\s+/g, " ")).toContain("L-tampered");
  });
});

describe("receipts in other scripts", () => {
  it("prints Spanish, Polish, Greek and Cyrillic names and texts as written, not as question marks", async () => {
    const names = ["José Núñez Añón", "Łukasz Żółć-Gęślą", "Γιώργος Παπαδόπουλος", "Иван Петрович Сидоров"];
    const person = named(await makeUser("CUSTOMER"), names[0]);
    for (const [i, name] of names.entries()) {
      await db.user.update({ where: { id: person.id }, data: { name } });
      const result = await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title: `Política ${i}: ${name}`, text: `Texto — ${name} ✓ €`, recipients: [person.email] });
      if (!result.ok) throw new Error(JSON.stringify(result));
      const row = await recipientOf(result.data.id, person);
      expect(await answerConfirmations({ id: person.id, name }, sign([row.id], { signatureName: name }), meta)).toMatchObject({ ok: true });
      const record = (await getConfirmationRecord(agent, row.id))!;
      const text = (await pdfText(await renderReceiptPdf(record, receiptLabels))).replace(/\s+/g, " ");
      expect(text).toContain(`Política ${i}: ${name}`);
      expect(text).toContain(`Texto — ${name}`);
      expect(text).toContain(`L-person ${name} <`);
      expect(text).toContain(`L-signature ${name} L-signedAt`);
      expect(text).not.toMatch(/\?{2,}/);
    }
  });
});

describe("reminders", () => {
  async function pendingSince(days: number) {
    const requestId = await policyFor([customer]);
    const row = await recipientOf(requestId, customer);
    const createdAt = new Date(Date.now() - days * DAY);
    await db.confirmationRecipient.update({ where: { id: row.id }, data: { createdAt } });
    return row.id;
  }
  const every3Max2 = { confirmationsEnabled: true, confirmationReminderDays: 3, confirmationReminderMax: 2 };
  const reminders = (email: string) => db.emailMessage.count({ where: { to: email, kind: "confirmation-reminder" } });

  it("reminds after N days, at most once per interval and at most the maximum, never when answered or withdrawn", async () => {
    // Earlier tests left pending requests for this person: send theirs first, then count ours.
    await sendDueReminders(new Date(Date.now() + 30 * DAY), every3Max2);
    const fresh = await pendingSince(1);
    const due = await pendingSince(4);
    const before = await reminders(customer.email);
    await sendDueReminders(new Date(), every3Max2);
    expect(await reminders(customer.email)).toBe(before + 1);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: due } })).reminderCount).toBe(1);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: fresh } })).reminderCount).toBe(0);
    // Answered: never reminded afterwards, however late.
    await answerConfirmations(customer, sign([fresh]), meta);
    await sendDueReminders(new Date(Date.now() + 1 * DAY), every3Max2);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: due } })).reminderCount).toBe(1);
    await sendDueReminders(new Date(Date.now() + 3.5 * DAY), every3Max2);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: due } })).reminderCount).toBe(2);
    await sendDueReminders(new Date(Date.now() + 10 * DAY), every3Max2);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: due } })).reminderCount).toBe(2);
    await sendDueReminders(new Date(Date.now() + 20 * DAY), every3Max2);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: fresh } })).reminderCount).toBe(0);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: customer.email, kind: "confirmation-reminder" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toMatch(/^Please confirm: Policy/);
    expect(mail.text).toContain("/confirmations");
    // Built like every other email: the portal's colour, a date line in the person's time zone.
    const { primaryColor, defaultTimeZone } = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(mail.html.toLowerCase()).toContain(primaryColor.toLowerCase());
    expect(mail.text).toContain(`(${defaultTimeZone})`);
  });

  it("sends a due reminder once when several instances run at the same moment", async () => {
    await sendDueReminders(new Date(Date.now() + 60 * DAY), { ...every3Max2, confirmationReminderMax: 5 });
    const id = await pendingSince(5);
    const now = new Date();
    const sent = await Promise.all([1, 2, 3].map(() => sendDueReminders(now, { ...every3Max2, confirmationReminderMax: 5 })));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id } })).reminderCount).toBe(1);
  });

  it("lets an agent remind by hand, not a customer, and not after an answer", async () => {
    const id = await pendingSince(0);
    const before = await reminders(customer.email);
    expect(await remindByHand(customer, id)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await reminders(customer.email)).toBe(before);
    expect(await remindByHand(agent, id)).toEqual({ ok: true, data: undefined });
    expect(await reminders(customer.email)).toBe(before + 1);
    await answerConfirmations(customer, sign([id]), meta);
    expect(await remindByHand(agent, id)).toMatchObject({ ok: false, message: "errors.notPending" });
  });
});

describe("the reminder schedule", () => {
  it("is registered with the job runner as an hourly schedule that sends due reminders", async () => {
    await import("@/lib/jobs/registry");
    const { schedules } = await import("@/lib/jobs/definitions");
    const schedule = schedules.get("confirmations.remind");
    expect(schedule).toMatchObject({ everySeconds: 3600, job: { name: "confirmations.remind" } });
    const requestId = await policyFor([customer]);
    const row = await recipientOf(requestId, customer);
    await db.confirmationRecipient.update({ where: { id: row.id }, data: { createdAt: new Date(Date.now() - 40 * DAY) } });
    // The job reads the portal's real settings (3 days, 3 reminders by default).
    await schedule!.job.run({});
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: row.id } })).reminderCount).toBe(1);
  });

  it("sends nothing while confirmations are switched off for the portal", async () => {
    const requestId = await policyFor([customer]);
    const row = await recipientOf(requestId, customer);
    await db.confirmationRecipient.update({ where: { id: row.id }, data: { createdAt: new Date(Date.now() - 10 * DAY) } });
    expect(await sendDueReminders(new Date(), { confirmationsEnabled: false, confirmationReminderDays: 3, confirmationReminderMax: 3 })).toBe(0);
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: row.id } })).reminderCount).toBe(0);
  });
});

describe("hand-over on check-out", () => {
  const title = (a: { tag: string; name: string }) => `Hand-over ${a.tag} ${a.name}`;
  const asset = () => db.asset.create({ data: { tag: `HO-${randomUUID().slice(0, 8)}`, name: "Dock", type: { connectOrCreate: { where: { name: "Laptop" }, create: { name: "Laptop" } } }, serialNumber: "SN-HO" } });

  it("checks the asset out and sends a hand-over request of it in the same step; checking in asks for the return", async () => {
    const a = await asset();
    const out = await checkOutAndAskReceipt(agent, { assetId: a.id, userId: customer.id, comment: "Desk 4" }, title);
    if (!out.ok) throw new Error(JSON.stringify(out));
    const request = await getRequestForStaff(agent, out.data.requestId);
    expect(request).toMatchObject({ kind: "ASSET_HANDOVER", title: `Hand-over ${a.tag} Dock` });
    expect(request?.snapshot.assets).toEqual([{ assetTag: a.tag, name: "Dock", serialNumber: "SN-HO" }]);
    expect(request?.snapshot.text).toBe("Desk 4");
    expect(await db.assetAssignment.count({ where: { assetId: a.id, userId: customer.id, endedAt: null } })).toBe(1);

    const back = await checkInAndAskReturn(agent, { assetId: a.id }, (x) => `Return ${x.tag}`);
    if (!back.ok) throw new Error(JSON.stringify(back));
    const returned = await db.confirmationRequest.findUniqueOrThrow({ where: { id: back.data.requestId }, include: { recipients: true } });
    expect(returned).toMatchObject({ kind: "ASSET_RETURN", title: `Return ${a.tag}` });
    expect(returned.recipients.map((r) => r.userId)).toEqual([customer.id]);
    expect((await db.asset.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("IN_STOCK");
  });

  it("leaves the asset in stock when the request cannot be sent (not a portal user), and refuses a customer", async () => {
    const a = await asset();
    expect(await checkOutAndAskReceipt(agent, { assetId: a.id, userId: agent.id }, title)).toMatchObject({ ok: false, message: "errors.handoverNotPortalUser" });
    expect(await db.assetAssignment.count({ where: { assetId: a.id } })).toBe(0);
    expect((await db.asset.findUniqueOrThrow({ where: { id: a.id } })).status).not.toBe("IN_USE");
    expect(await checkOutAndAskReceipt(customer, { assetId: a.id, userId: customer.id }, title)).toMatchObject({ ok: false });
    expect(await db.assetAssignment.count({ where: { assetId: a.id } })).toBe(0);
    expect(await db.confirmationRequest.count({ where: { title: { contains: a.tag } } })).toBe(0);
  });
});

describe("the portal lists in pages", () => {
  it("pages the answered requests 20 at a time, newest first, with totals", async () => {
    const person = named(await makeUser("CUSTOMER"), "Test CUSTOMER");
    const ids: string[] = [];
    for (let i = 0; i < MY_DONE_PAGE_SIZE + 1; i++) ids.push((await recipientOf(await policyFor([person]), person)).id);
    await answerConfirmations(person, sign(ids), meta);
    await policyFor([person]);
    const mine = await listMyConfirmations(person);
    expect(mine).toMatchObject({ pendingTotal: 1, pendingPageCount: 1, doneTotal: MY_DONE_PAGE_SIZE + 1, donePage: 1, donePageCount: 2 });
    expect(mine.done).toHaveLength(MY_DONE_PAGE_SIZE);
    const second = await listMyConfirmations(person, { done: "2" });
    expect(second.done).toHaveLength(1);
    expect(new Set([...mine.done, ...second.done].map((d) => d.id))).toEqual(new Set(ids));
  });
});
