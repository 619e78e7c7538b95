import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { HTML, PDF, PNG, SVG, tempStorage } from "@/test/files";
import { streamedForm } from "@/test/multipart";
import { digest } from "@/test/streams";
import { addDocumentVersion, assignDocument, createDocument, deleteDocument, unassignDocument, updateDocumentDetails } from "./service";
import { createConfirmationRequest } from "@/lib/confirmations/service";
import { getDocumentFileForViewer, getDocumentForStaff, listDocumentsForStaff, listMyDocuments, markDocumentOpened, MY_DOCUMENTS_PAGE_SIZE, myDocumentChanges } from "./queries";
import { DOCUMENT_MAX_BYTES } from "./schema";

type Person = Awaited<ReturnType<typeof makeUser>>;
const { storage, dir } = tempStorage();
let agent: Person, customer: Person, colleague: Person, stranger: Person, employee: Person;

beforeAll(async () => {
  agent = await makeUser("AGENT");
  const org = `Docs org ${randomUUID()}`;
  customer = await makeUser("CUSTOMER", { organizationName: org });
  colleague = await makeUser("CUSTOMER", { organizationName: org });
  stranger = await makeUser("CUSTOMER", { organizationName: `Other ${randomUUID()}` });
  employee = await makeUser("CUSTOMER", { organizationName: `Staff ${randomUUID()}` });
  await db.user.update({ where: { id: employee.id }, data: { kind: "EMPLOYEE" } });
});

const file = (name = "policy.pdf", bytes: Uint8Array = PDF) => ({ name, bytes });
async function newDocument(title = `Policy ${randomUUID().slice(0, 6)}`) {
  const result = await createDocument(agent, { title, description: "Read me", category: "Policies", file: file() }, storage);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("uploading documents", () => {
  it("stores the file, its type from the bytes, its SHA-256 and who uploaded it", async () => {
    const { id, versionId } = await newDocument();
    const version = await db.documentVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version).toMatchObject({ documentId: id, number: 1, contentType: "application/pdf", size: PDF.byteLength, uploadedById: agent.id });
    expect(version.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(await storage.get(version.storageKey)).toEqual(PDF);
    expect(await db.auditLog.count({ where: { targetType: "Document", targetId: id, action: "document.create" } })).toBe(1);
  });

  it("keeps earlier versions when a new one is uploaded", async () => {
    const { id } = await newDocument();
    const second = await addDocumentVersion(agent, { documentId: id, file: file("policy.png", PNG) }, storage);
    expect(second).toMatchObject({ ok: true, data: { number: 2 } });
    const doc = await getDocumentForStaff(agent, id);
    expect(doc?.versions.map((v) => [v.number, v.contentType])).toEqual([[2, "image/png"], [1, "application/pdf"]]);
  });

  it.each([
    ["HTML named .pdf", "policy.pdf", HTML, "errors.typeMismatch"],
    ["HTML named .html", "policy.html", HTML, "errors.markupRefused"],
    ["SVG named .svg", "logo.svg", SVG, "errors.markupRefused"],
    ["HTML named .txt", "notes.txt", HTML, "errors.markupRefused"],
    ["SVG named .txt", "notes.txt", SVG, "errors.markupRefused"],
    ["an empty file", "empty.pdf", new Uint8Array(0), "errors.fileEmpty"],
  ])("refuses %s and stores nothing", async (_label, name, bytes, error) => {
    const title = `Refused ${randomUUID()}`;
    const before = (await import("node:fs")).readdirSync(dir, { recursive: true }).length;
    const result = await createDocument(agent, { title, description: "", category: "", file: { name, bytes } }, storage);
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: [error] } });
    expect(await db.document.count({ where: { title } })).toBe(0);
    expect((await import("node:fs")).readdirSync(dir, { recursive: true }).length).toBe(before);
  });

  it("refuses a file over the size limit", async () => {
    const big = new Uint8Array(DOCUMENT_MAX_BYTES + 1);
    big.set(PDF);
    expect(await createDocument(agent, { title: "Big", description: "", category: "", file: file("big.pdf", big) }, storage)).toMatchObject({ ok: false, fieldErrors: { file: ["errors.fileTooLarge"] } });
  });

  it("a streamed file: committed with the size and SHA-256 measured as it streamed; a refused one is not kept", async () => {
    const own = tempStorage();
    const large = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    large.set(PDF);
    const form = await streamedForm(own.storage, [{ name: "manual.pdf", bytes: large }]);
    const title = `Streamed ${randomUUID()}`;
    const created = await createDocument(agent, { title, description: "", category: "", file: form.files[0] }, own.storage);
    await form.discard();
    if (!created.ok) throw new Error(JSON.stringify(created));
    const version = await db.documentVersion.findUniqueOrThrow({ where: { id: created.data.versionId } });
    expect(version).toMatchObject({ contentType: "application/pdf", size: large.byteLength, sha256: createHash("sha256").update(large).digest("hex") });
    expect(version.storageKey).toMatch(/^documents\//);
    expect(digest(await own.storage.get(version.storageKey))).toBe(digest(large));
    const refused = await streamedForm(own.storage, [{ name: "notes.txt", bytes: HTML }]);
    expect(await addDocumentVersion(agent, { documentId: created.data.id, file: refused.files[0] }, own.storage)).toMatchObject({ ok: false, fieldErrors: { file: ["errors.markupRefused"] } });
    await refused.discard();
    const left = (await import("node:fs")).readdirSync(own.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(left.map((e) => e.name)).toEqual([version.storageKey.split("/")[1]]);
  });

  it("refuses a disguised new version and keeps the current one", async () => {
    const { id } = await newDocument();
    expect(await addDocumentVersion(agent, { documentId: id, file: file("v2.pdf", HTML) }, storage)).toMatchObject({ ok: false });
    expect(await db.documentVersion.count({ where: { documentId: id } })).toBe(1);
  });

  it("validates the details", async () => {
    const { id } = await newDocument();
    expect(await updateDocumentDetails(agent, { documentId: id, title: " ", description: "", category: "" })).toMatchObject({ ok: false, fieldErrors: { title: ["errors.titleRequired"] } });
    expect(await updateDocumentDetails(agent, { documentId: id, title: "Renamed", description: "d", category: "c" })).toEqual({ ok: true, data: undefined });
    expect((await db.document.findUniqueOrThrow({ where: { id } })).title).toBe("Renamed");
  });
});

describe("who may manage documents", () => {
  it("refuses a customer uploading, versioning, editing, assigning and unassigning", async () => {
    const { id } = await newDocument();
    const title = `Customer made ${randomUUID()}`;
    expect(await createDocument(customer, { title, description: "", category: "", file: file() }, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.document.count({ where: { title } })).toBe(0);
    expect(await addDocumentVersion(customer, { documentId: id, file: file() }, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.documentVersion.count({ where: { documentId: id } })).toBe(1);
    expect(await updateDocumentDetails(customer, { documentId: id, title: "Hijacked", description: "", category: "" })).toMatchObject({ ok: false });
    expect(await assignDocument(customer, { documentId: id, target: { type: "person", email: customer.email } })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.documentAssignment.count({ where: { documentId: id } })).toBe(0);
    await assignDocument(agent, { documentId: id, target: { type: "person", email: colleague.email } });
    const assignment = await db.documentAssignment.findFirstOrThrow({ where: { documentId: id } });
    expect(await unassignDocument(customer, assignment.id)).toMatchObject({ ok: false });
    expect(await db.documentAssignment.count({ where: { documentId: id } })).toBe(1);
    expect(await listDocumentsForStaff(customer)).toBeNull();
    expect(await getDocumentForStaff(customer, id)).toBeNull();
  });
});

describe("assignments and the portal list", () => {
  it("reaches a person directly, through the organization, or through the kind; nobody else", async () => {
    const direct = await newDocument();
    const viaOrg = await newDocument();
    const viaKind = await newDocument();
    await assignDocument(agent, { documentId: direct.id, target: { type: "person", email: customer.email } });
    await assignDocument(agent, { documentId: viaOrg.id, target: { type: "organization", organizationId: customer.organizationId! } });
    await assignDocument(agent, { documentId: viaKind.id, target: { type: "kind", kind: "EMPLOYEE" } });
    const mine = (await listMyDocuments(customer)).items.map((d) => d.id);
    expect(mine).toEqual(expect.arrayContaining([direct.id, viaOrg.id]));
    expect(mine).not.toContain(viaKind.id);
    const colleagues = (await listMyDocuments(colleague)).items.map((d) => d.id);
    expect(colleagues).toContain(viaOrg.id);
    expect(colleagues).not.toContain(direct.id);
    expect((await listMyDocuments(employee)).items.map((d) => d.id)).toContain(viaKind.id);
    const strangers = (await listMyDocuments(stranger)).items.map((d) => d.id);
    expect(strangers).not.toContain(direct.id);
    expect(strangers).not.toContain(viaOrg.id);
    expect(strangers).not.toContain(viaKind.id);
  });

  it("refuses an unknown person, staff as a person, and the same assignment twice", async () => {
    const { id } = await newDocument();
    expect(await assignDocument(agent, { documentId: id, target: { type: "person", email: "nobody@example.test" } })).toMatchObject({ ok: false, message: "errors.personUnknown" });
    expect(await assignDocument(agent, { documentId: id, target: { type: "person", email: agent.email } })).toMatchObject({ ok: false, message: "errors.personUnknown" });
    expect(await assignDocument(agent, { documentId: id, target: { type: "kind", kind: "CUSTOMER" } })).toMatchObject({ ok: true });
    expect(await assignDocument(agent, { documentId: id, target: { type: "kind", kind: "CUSTOMER" } })).toMatchObject({ ok: false, message: "errors.alreadyAssigned" });
    expect(await db.documentAssignment.count({ where: { documentId: id } })).toBe(1);
  });

  it("marks a document new until opened, and updated after a new version", async () => {
    const { id } = await newDocument();
    await assignDocument(agent, { documentId: id, target: { type: "person", email: customer.email } });
    const marker = async () => (await listMyDocuments(customer)).items.find((d) => d.id === id)?.marker;
    expect(await marker()).toBe("new");
    await markDocumentOpened(customer.id, id, 1);
    expect(await marker()).toBeNull();
    await addDocumentVersion(agent, { documentId: id, file: file("v2.pdf") }, storage);
    expect(await marker()).toBe("updated");
  });
});

describe("downloads", () => {
  it("gives staff any version and a person only versions of their documents", async () => {
    const { id, versionId } = await newDocument();
    expect(await getDocumentFileForViewer(agent, { versionId })).toMatchObject({ id: versionId });
    expect(await getDocumentFileForViewer(customer, { documentId: id })).toBeNull();
    expect(await getDocumentFileForViewer(customer, { versionId })).toBeNull();
    await assignDocument(agent, { documentId: id, target: { type: "person", email: customer.email } });
    expect(await getDocumentFileForViewer(customer, { documentId: id })).toMatchObject({ id: versionId, isCurrent: true });
    expect(await getDocumentFileForViewer(customer, { versionId })).toMatchObject({ id: versionId });
    expect(await getDocumentFileForViewer(stranger, { documentId: id })).toBeNull();
    expect(await getDocumentFileForViewer(stranger, { versionId })).toBeNull();
    expect(await getDocumentFileForViewer(customer, { versionId: "../etc/passwd" })).toBeNull();
    expect(await getDocumentFileForViewer(customer, { versionId: "unknown1" })).toBeNull();
  });
});

describe("deleting documents", () => {
  it("lets an admin delete a document no confirmation names: versions, assignments and files go; an agent or customer is refused", async () => {
    const admin = await makeUser("ADMIN");
    const { id, versionId } = await newDocument();
    await addDocumentVersion(agent, { documentId: id, file: file("v2.pdf") }, storage);
    await assignDocument(agent, { documentId: id, target: { type: "person", email: customer.email } });
    const keys = (await db.documentVersion.findMany({ where: { documentId: id } })).map((v) => v.storageKey);
    expect(await deleteDocument(agent, id, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await deleteDocument(customer, id, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.document.count({ where: { id } })).toBe(1);

    expect(await deleteDocument(admin, id, storage)).toEqual({ ok: true, data: { archived: false } });
    expect(await db.document.count({ where: { id } })).toBe(0);
    expect(await db.documentVersion.count({ where: { id: versionId } })).toBe(0);
    expect(await db.documentAssignment.count({ where: { documentId: id } })).toBe(0);
    for (const key of keys) expect(await storage.get(key)).toBeNull();
    expect(await deleteDocument(admin, id, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("archives a document a confirmation names: gone from every list, the confirmed version and its hash still there for the person asked", async () => {
    const admin = await makeUser("ADMIN");
    const { id, versionId } = await newDocument();
    await assignDocument(agent, { documentId: id, target: { type: "person", email: customer.email } });
    const asked = await createConfirmationRequest({ ...agent, name: "Agent" }, { kind: "DOCUMENT_VERSION", title: "Accept", documentVersionId: versionId, recipients: [customer.email] });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    const before = await db.confirmationRequest.findUniqueOrThrow({ where: { id: asked.data.id } });

    expect(await deleteDocument(admin, id, storage)).toEqual({ ok: true, data: { archived: true } });
    const version = await db.documentVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(await storage.get(version.storageKey)).toEqual(PDF);
    expect(await db.confirmationRequest.findUniqueOrThrow({ where: { id: asked.data.id } })).toEqual(before);
    expect((await listMyDocuments(customer)).items.map((d) => d.id)).not.toContain(id);
    expect((await listDocumentsForStaff(agent))?.items.map((d) => d.id)).not.toContain(id);
    expect(await getDocumentForStaff(agent, id)).toBeNull();
    expect(await db.documentAssignment.count({ where: { documentId: id } })).toBe(0);
    // The person asked still opens the version they were asked about; nobody else does.
    expect(await getDocumentFileForViewer(customer, { versionId })).toMatchObject({ id: versionId });
    expect(await getDocumentFileForViewer(colleague, { versionId })).toBeNull();
    expect(await addDocumentVersion(agent, { documentId: id, file: file() }, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await deleteDocument(admin, id, storage)).toMatchObject({ ok: false, message: "errors.notFound" });
  });
});

describe("the portal list in pages", () => {
  it("shows 20 documents a page, newest change first, with the total; a bad page number reads as the first", async () => {
    const reader = await makeUser("CUSTOMER", { organizationName: `Pages ${randomUUID()}` });
    // Other tests give documents to every customer: count them, and date ours after theirs.
    const before = await listMyDocuments(reader);
    const changesBefore = await myDocumentChanges(reader);
    const ids: string[] = [];
    for (let i = 0; i < MY_DOCUMENTS_PAGE_SIZE + 3; i++) {
      const { id } = await newDocument(`Paged ${i}`);
      await assignDocument(agent, { documentId: id, target: { type: "person", email: reader.email } });
      await db.document.update({ where: { id }, data: { updatedAt: new Date(Date.UTC(2099, 0, 1, 0, i)) } });
      ids.push(id);
    }
    const first = await listMyDocuments(reader, "1");
    expect(first).toMatchObject({ total: before.total + MY_DOCUMENTS_PAGE_SIZE + 3, page: 1 });
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(first.items.map((d) => d.id)).toEqual([...ids].reverse().slice(0, MY_DOCUMENTS_PAGE_SIZE));
    expect((await listMyDocuments(reader, "2")).items.slice(0, 3).map((d) => d.id)).toEqual(ids.slice(0, 3).reverse());
    expect((await listMyDocuments(reader, "x")).page).toBe(1);
    expect((await myDocumentChanges(reader)).new).toBe(changesBefore.new + MY_DOCUMENTS_PAGE_SIZE + 3);
  });
});
