import "server-only";
import { z } from "zod";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { portalPerson } from "@/lib/portal/person";
import { assignedDocumentsWhere } from "./access";
import { DOCUMENTS_PAGE_SIZE, documentListQuerySchema, idSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

const versionSelect = { id: true, number: true, fileName: true, contentType: true, size: true, sha256: true, createdAt: true, uploadedBy: { select: { name: true } } } as const;

/** The console's list: one page, searched in title, description and category. Null for non-staff. */
export async function listDocumentsForStaff(viewer: ViewerLike, raw: { q?: string; page?: string | number } = {}) {
  if (!isStaff(viewer)) return null;
  const query = documentListQuerySchema.parse(raw);
  const where = { archivedAt: null, ...(query.q ? { OR: [{ title: containsText(query.q) }, { description: containsText(query.q) }, { category: containsText(query.q) }] } : {}) };
  const [items, total] = await Promise.all([
    db.document.findMany({
      where,
      select: { id: true, title: true, category: true, updatedAt: true, _count: { select: { assignments: true } }, versions: { orderBy: { number: "desc" }, take: 1, select: versionSelect } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * DOCUMENTS_PAGE_SIZE,
      take: DOCUMENTS_PAGE_SIZE,
    }),
    db.document.count({ where }),
  ]);
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE)), q: query.q };
}

/** One document with every version and assignment, for the console. */
export async function getDocumentForStaff(viewer: ViewerLike, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  return db.document.findFirst({
    where: { id: id.data, archivedAt: null },
    select: {
      id: true, title: true, description: true, category: true, createdAt: true, updatedAt: true,
      versions: { orderBy: { number: "desc" }, select: versionSelect },
      assignments: {
        orderBy: { assignedAt: "asc" },
        select: { id: true, personKind: true, assignedAt: true, user: { select: { name: true, email: true } }, organization: { select: { name: true } } },
      },
      reads: { orderBy: { openedAt: "desc" }, take: 50, select: { versionNumber: true, openedAt: true, user: { select: { name: true, email: true } } } },
    },
  });
}

/** Every version of every document, for choosing one to be confirmed (newest documents first). */
export async function listVersionChoices(viewer: ViewerLike) {
  if (!isStaff(viewer)) return [];
  const docs = await db.document.findMany({
    where: { archivedAt: null },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { title: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, fileName: true } } },
  });
  return docs.flatMap((d) => d.versions.map((v) => ({ id: v.id, label: `${d.title} · v${v.number} · ${v.fileName}` })));
}

export type DocumentMarker = "new" | "updated" | null;

export const MY_DOCUMENTS_PAGE_SIZE = 20;
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** One page of the documents assigned to the viewer, newest change first, each with its "new"/"updated" marker. */
export async function listMyDocuments(viewer: Pick<Viewer, "id">, rawPage: unknown = 1) {
  const page = pageSchema.parse(rawPage ?? 1);
  const person = await portalPerson(viewer);
  if (!person) return { items: [], total: 0, page, pageCount: 1 };
  // A document always has a version; the filter keeps a half-made one out of the count too.
  const where = { ...assignedDocumentsWhere(person), versions: { some: {} } };
  const [docs, total] = await Promise.all([
    db.document.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * MY_DOCUMENTS_PAGE_SIZE,
      take: MY_DOCUMENTS_PAGE_SIZE,
      select: {
        id: true, title: true, description: true, category: true, updatedAt: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, fileName: true, contentType: true, size: true, createdAt: true } },
        reads: { where: { userId: person.id }, select: { versionNumber: true } },
      },
    }),
    db.document.count({ where }),
  ]);
  const items = docs
    .filter((d) => d.versions.length > 0)
    .map(({ versions, reads, ...d }) => ({ ...d, current: versions[0], marker: markerOf(versions[0].number, reads[0]) }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / MY_DOCUMENTS_PAGE_SIZE)) };
}

function markerOf(current: number, read: { versionNumber: number } | undefined): DocumentMarker {
  return !read ? "new" : read.versionNumber < current ? "updated" : null;
}

/**
 * A document version's file if the viewer may have it, else null (unknown and forbidden look the
 * same). Staff may have any; a person a version of a document assigned to them, or the version a
 * confirmation asks them to accept. `versionId` null means the document's current version.
 */
export async function getDocumentFileForViewer(
  viewer: ViewerLike,
  input: { documentId?: unknown; versionId?: unknown },
  /** The ways in a portal user may use: an assignment (documents module), a confirmation that asks to accept the version (confirmations module). */
  ways: { assignment: boolean; confirmation: boolean } = { assignment: true, confirmation: true },
) {
  const person = await portalPerson(viewer);
  if (!person) return null;
  const versionId = input.versionId === undefined ? null : idSchema.safeParse(input.versionId);
  const documentId = input.documentId === undefined ? null : idSchema.safeParse(input.documentId);
  if ((versionId && !versionId.success) || (documentId && !documentId.success) || (!versionId && !documentId)) return null;
  const select = { id: true, number: true, documentId: true, storageKey: true, fileName: true, contentType: true } as const;
  const version = versionId?.success
    ? await db.documentVersion.findUnique({ where: { id: versionId.data }, select })
    : await db.documentVersion.findFirst({ where: { documentId: documentId!.data! }, orderBy: { number: "desc" }, select });
  if (!version) return null;
  const latest = await db.documentVersion.findFirst({ where: { documentId: version.documentId }, orderBy: { number: "desc" }, select: { number: true } });
  const isCurrent = latest?.number === version.number;
  if (isStaff(viewer)) return { ...version, isCurrent, assigned: false };
  const assigned = ways.assignment && (await db.document.count({ where: { id: version.documentId, ...assignedDocumentsWhere(person) } })) > 0;
  if (assigned) return { ...version, isCurrent, assigned };
  if (!ways.confirmation || !versionId) return null;
  const asked = await db.confirmationRecipient.count({ where: { userId: person.id, request: { documentVersionId: version.id } } });
  return asked > 0 ? { ...version, isCurrent, assigned } : null;
}

/** Remembers that the person opened this version (the marker goes; a newer version brings "updated"). */
export async function markDocumentOpened(userId: string, documentId: string, versionNumber: number) {
  await db.documentRead.upsert({
    where: { documentId_userId: { documentId, userId } },
    update: { versionNumber, openedAt: new Date() },
    create: { documentId, userId, versionNumber },
  });
}

/** How many of the viewer's documents are new to them or updated since they opened them (the home tile). */
export async function myDocumentChanges(viewer: Pick<Viewer, "id">): Promise<{ new: number; updated: number }> {
  const person = await portalPerson(viewer);
  if (!person) return { new: 0, updated: 0 };
  const docs = await db.document.findMany({
    where: assignedDocumentsWhere(person),
    select: { versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } }, reads: { where: { userId: person.id }, select: { versionNumber: true } } },
  });
  const markers = docs.filter((d) => d.versions.length > 0).map((d) => markerOf(d.versions[0].number, d.reads[0]));
  return { new: markers.filter((m) => m === "new").length, updated: markers.filter((m) => m === "updated").length };
}
