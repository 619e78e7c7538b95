import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { fail, fieldErrorsOf, invalid, ok, type ActionResult } from "@/lib/action-result";
import { isAdmin, isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { commitIncoming, factsOf } from "@/lib/storage/incoming";
import { checkDocumentContent } from "./content";
import { assignmentTargetSchema, documentDetailsSchema, fileSchema, idSchema, type AssignmentTarget, type DocumentDetailsInput, type UploadedFile } from "./schema";

// The rules of documents: agents and admins upload, version and assign them. Each function takes
// the viewer and checks their rights itself; messages are keys of the "documents" catalogue.

type ViewerLike = Pick<Viewer, "id" | "role">;

type CheckedFile = { fileName: string; contentType: string; size: number; sha256: string; source: UploadedFile };

async function checkFile(file: UploadedFile): Promise<{ ok: true; file: CheckedFile } | { ok: false; result: ReturnType<typeof fail> }> {
  const facts = factsOf(file);
  const parsed = fileSchema.safeParse(facts);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "errors.fileMissing";
    return { ok: false, result: fail(message, { file: [message] }) };
  }
  const check = await checkDocumentContent(parsed.data.name, facts.head, facts.text);
  if (!check.ok) return { ok: false, result: fail(check.error, { file: [check.error] }) };
  return { ok: true, file: { fileName: check.fileName, contentType: check.contentType, size: facts.size, sha256: facts.sha256, source: file } };
}

/**
 * Commits the file, then records it; when the record cannot be made the file is removed again, so
 * storage never keeps a file no version points to.
 */
async function storeVersion(storage: FileStorage, file: CheckedFile, record: (storageKey: string) => Promise<{ id: string; versionId: string }>) {
  const storageKey = `documents/${randomUUID()}`;
  await commitIncoming(storage, file.source, storageKey);
  try {
    return await record(storageKey);
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** A new document with its first version. */
export async function createDocument(
  viewer: ViewerLike,
  input: DocumentDetailsInput & { file: UploadedFile },
  storage: FileStorage = fileStorage(),
): Promise<ActionResult<{ id: string; versionId: string }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const details = documentDetailsSchema.safeParse(input);
  const file = await checkFile(input.file);
  if (!details.success || !file.ok) {
    const fieldErrors = { ...(details.success ? {} : fieldErrorsOf(details.error)), ...(file.ok ? {} : file.result.fieldErrors) };
    return fail(details.success && !file.ok ? file.result.message : "errors.invalid", fieldErrors);
  }
  const f = file.file;
  const created = await storeVersion(storage, f, (storageKey) =>
    db.$transaction(async (tx) => {
      const doc = await tx.document.create({ data: { ...details.data, createdById: viewer.id }, select: { id: true } });
      const version = await tx.documentVersion.create({
        data: { documentId: doc.id, number: 1, fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, storageKey, uploadedById: viewer.id },
        select: { id: true },
      });
      await audit(tx, { actorId: viewer.id, action: "document.create", targetType: "Document", targetId: doc.id, data: { title: details.data.title, sha256: f.sha256 } });
      return { id: doc.id, versionId: version.id };
    }),
  );
  return ok(created);
}

/** A new version of a document: it becomes the current one; the earlier ones are kept. */
export async function addDocumentVersion(
  viewer: ViewerLike,
  input: { documentId: unknown; file: UploadedFile },
  storage: FileStorage = fileStorage(),
): Promise<ActionResult<{ id: string; versionId: string; number: number }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = idSchema.safeParse(input.documentId);
  if (!id.success || !(await db.document.findFirst({ where: { id: id.data, archivedAt: null }, select: { id: true } }))) return fail("errors.notFound");
  const file = await checkFile(input.file);
  if (!file.ok) return file.result;
  const f = file.file;
  let number = 0;
  const created = await storeVersion(storage, f, (storageKey) =>
    db.$transaction(async (tx) => {
      const last = await tx.documentVersion.findFirst({ where: { documentId: id.data }, orderBy: { number: "desc" }, select: { number: true } });
      number = (last?.number ?? 0) + 1;
      // Two uploads at once: the unique (documentId, number) lets only one of them take a number.
      const version = await tx.documentVersion.create({
        data: { documentId: id.data, number, fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, storageKey, uploadedById: viewer.id },
        select: { id: true },
      });
      await tx.document.update({ where: { id: id.data }, data: { updatedAt: new Date() } });
      await audit(tx, { actorId: viewer.id, action: "document.version", targetType: "Document", targetId: id.data, data: { number, sha256: f.sha256 } });
      return { id: id.data, versionId: version.id };
    }),
  );
  return ok({ ...created, number });
}

/** Title, description and category of a document. */
export async function updateDocumentDetails(viewer: ViewerLike, input: DocumentDetailsInput & { documentId: unknown }): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = idSchema.safeParse(input.documentId);
  if (!id.success) return fail("errors.notFound");
  const details = documentDetailsSchema.safeParse(input);
  if (!details.success) return invalid(details.error, "errors.invalid");
  const done = await db.$transaction(async (tx) => {
    const found = await tx.document.updateMany({ where: { id: id.data, archivedAt: null }, data: details.data });
    if (found.count === 0) return false;
    await audit(tx, { actorId: viewer.id, action: "document.update", targetType: "Document", targetId: id.data, data: { title: details.data.title } });
    return true;
  });
  return done ? ok(undefined) : fail("errors.notFound");
}

/** Gives a document to a person (portal users only), an organization or everyone of a kind. */
export async function assignDocument(viewer: ViewerLike, input: { documentId: unknown; target: AssignmentTarget }): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = idSchema.safeParse(input.documentId);
  if (!id.success || !(await db.document.findFirst({ where: { id: id.data, archivedAt: null }, select: { id: true } }))) return fail("errors.notFound");
  const target = assignmentTargetSchema.safeParse(input.target);
  if (!target.success) return invalid(target.error, "errors.targetInvalid");
  let data: { userId?: string; organizationId?: string; personKind?: "EMPLOYEE" | "CUSTOMER" };
  if (target.data.type === "person") {
    const person = await db.user.findUnique({ where: { email: target.data.email }, select: { id: true, role: true } });
    if (!person || person.role !== "CUSTOMER") return fail("errors.personUnknown", { email: ["errors.personUnknown"] });
    data = { userId: person.id };
  } else if (target.data.type === "organization") {
    const org = await db.organization.findUnique({ where: { id: target.data.organizationId }, select: { id: true } });
    if (!org) return fail("errors.targetInvalid");
    data = { organizationId: org.id };
  } else data = { personKind: target.data.kind };
  const existing = await db.documentAssignment.findFirst({
    where: { documentId: id.data, userId: data.userId ?? null, organizationId: data.organizationId ?? null, personKind: data.personKind ?? null },
    select: { id: true },
  });
  if (existing) return fail("errors.alreadyAssigned");
  await db.$transaction(async (tx) => {
    const row = await tx.documentAssignment.create({ data: { documentId: id.data, ...data, assignedById: viewer.id }, select: { id: true } });
    await audit(tx, { actorId: viewer.id, action: "document.assign", targetType: "Document", targetId: id.data, data: { assignmentId: row.id, ...data } });
  });
  return ok(undefined);
}

export async function unassignDocument(viewer: ViewerLike, rawAssignmentId: unknown): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = idSchema.safeParse(rawAssignmentId);
  if (!id.success) return fail("errors.notFound");
  const done = await db.$transaction(async (tx) => {
    const row = await tx.documentAssignment.findUnique({ where: { id: id.data }, select: { documentId: true } });
    if (!row) return false;
    await tx.documentAssignment.delete({ where: { id: id.data } });
    await audit(tx, { actorId: viewer.id, action: "document.unassign", targetType: "Document", targetId: row.documentId, data: { assignmentId: id.data } });
    return true;
  });
  return done ? ok(undefined) : fail("errors.notFound");
}

/**
 * Deletes a document (admins). When a confirmation request names one of its versions, the people
 * asked must still be able to open what they confirmed, so the document is archived instead: out
 * of every list, its assignments and read markers gone, its versions and files kept. Otherwise the
 * document, its versions, assignments and markers are removed, and its files after the commit.
 */
export async function deleteDocument(viewer: ViewerLike, rawId: unknown, storage: FileStorage = fileStorage()): Promise<ActionResult<{ archived: boolean }>> {
  if (!isAdmin(viewer)) return fail("errors.notFound");
  const id = idSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const outcome = await db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: id.data, archivedAt: null }, select: { title: true, versions: { select: { storageKey: true } } } });
    if (!doc) return null;
    const confirmed = await tx.confirmationRequest.count({ where: { documentVersion: { documentId: id.data } } });
    if (confirmed > 0) {
      // Conditional on archivedAt: of two deletions at once only one archives.
      const done = await tx.document.updateMany({ where: { id: id.data, archivedAt: null }, data: { archivedAt: new Date() } });
      if (done.count === 0) return null;
      await tx.documentAssignment.deleteMany({ where: { documentId: id.data } });
      await tx.documentRead.deleteMany({ where: { documentId: id.data } });
      await audit(tx, { actorId: viewer.id, action: "document.archive", targetType: "Document", targetId: id.data, data: { title: doc.title, confirmations: confirmed } });
      return { archived: true, storageKeys: [] as string[] };
    }
    const done = await tx.document.deleteMany({ where: { id: id.data, archivedAt: null } });
    if (done.count === 0) return null;
    await audit(tx, { actorId: viewer.id, action: "document.delete", targetType: "Document", targetId: id.data, data: { title: doc.title, versions: doc.versions.length } });
    return { archived: false, storageKeys: doc.versions.map((v) => v.storageKey) };
  });
  if (!outcome) return fail("errors.notFound");
  for (const key of outcome.storageKeys) await storage.delete(key).catch(() => undefined);
  return ok({ archived: outcome.archived });
}
