import "server-only";
import { z } from "zod";
import { containsText, db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { portalPerson, type PortalPerson } from "@/lib/portal/person";
import { NOTES_PAGE_SIZE, noteIdSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/**
 * The notes for a person: written for them, for their organization, or for everyone of their kind
 * (the kind rule reaches portal users only, never agents or admins).
 */
export function notesForWhere(person: PortalPerson): Prisma.NoteWhereInput {
  const to: Prisma.NoteWhereInput[] = [{ userId: person.id }];
  if (person.organizationId) to.push({ organizationId: person.organizationId });
  if (person.role === "CUSTOMER") to.push({ personKind: person.kind });
  return { OR: to };
}

const listQuery = z.object({
  q: z.string().trim().max(120).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export async function listNotesForStaff(viewer: ViewerLike, raw: { q?: string; page?: string | number } = {}) {
  if (!isStaff(viewer)) return null;
  const query = listQuery.parse(raw);
  const where: Prisma.NoteWhereInput = query.q ? { OR: [{ title: containsText(query.q) }, { body: containsText(query.q) }] } : {};
  const [items, total] = await Promise.all([
    db.note.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * NOTES_PAGE_SIZE,
      take: NOTES_PAGE_SIZE,
      select: { id: true, title: true, updatedAt: true, personKind: true, user: { select: { name: true, email: true } }, organization: { select: { name: true } }, _count: { select: { reads: true } } },
    }),
    db.note.count({ where }),
  ]);
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / NOTES_PAGE_SIZE)), q: query.q };
}

/** One note for the console, with who of its audience has read its current text and who has not. */
export async function getNoteForStaff(viewer: ViewerLike, rawId: unknown) {
  const id = noteIdSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  const note = await db.note.findUnique({
    where: { id: id.data },
    select: {
      id: true, title: true, body: true, updatedAt: true, createdAt: true, userId: true, organizationId: true, personKind: true,
      author: { select: { name: true } },
      user: { select: { id: true, name: true, email: true } },
      organization: { select: { id: true, name: true } },
      reads: { select: { userId: true, readAt: true } },
    },
  });
  if (!note) return null;
  const audience = note.user
    ? [note.user]
    : await db.user.findMany({
        where: note.personKind ? { kind: note.personKind, role: "CUSTOMER" } : { organizationId: note.organizationId ?? "-", role: "CUSTOMER" },
        select: { id: true, name: true, email: true },
        orderBy: { name: "asc" },
        take: 500,
      });
  const readAt = new Map(note.reads.map((r) => [r.userId, r.readAt]));
  const readers = audience.map((p) => {
    const at = readAt.get(p.id) ?? null;
    return { ...p, readAt: at, current: at !== null && at >= note.updatedAt };
  });
  return { ...note, readers };
}

export const MY_NOTES_PAGE_SIZE = 20;

/** One page of the viewer's notes, newest first, each marked new until its current text has been opened. */
export async function listMyNotes(viewer: Pick<Viewer, "id">, rawPage: unknown = 1) {
  const page = listQuery.shape.page.parse(rawPage ?? 1);
  const person = await portalPerson(viewer);
  if (!person) return { items: [], total: 0, page, pageCount: 1 };
  const where = notesForWhere(person);
  const [notes, total] = await Promise.all([
    db.note.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * MY_NOTES_PAGE_SIZE,
      take: MY_NOTES_PAGE_SIZE,
      select: { id: true, title: true, updatedAt: true, reads: { where: { userId: person.id }, select: { readAt: true } } },
    }),
    db.note.count({ where }),
  ]);
  const items = notes.map(({ reads, ...n }) => ({ ...n, isNew: !reads[0] || reads[0].readAt < n.updatedAt }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / MY_NOTES_PAGE_SIZE)) };
}

/** One of the viewer's notes (another's is null, like an unknown id); opening it marks it read. */
export async function openMyNote(viewer: Pick<Viewer, "id">, rawId: unknown) {
  const id = noteIdSchema.safeParse(rawId);
  const person = await portalPerson(viewer);
  if (!id.success || !person) return null;
  const note = await db.note.findFirst({
    where: { id: id.data, ...notesForWhere(person) },
    select: { id: true, title: true, body: true, updatedAt: true, author: { select: { name: true } } },
  });
  if (!note) return null;
  const now = new Date();
  await db.noteRead.upsert({ where: { noteId_userId: { noteId: note.id, userId: person.id } }, update: { readAt: now }, create: { noteId: note.id, userId: person.id, readAt: now } });
  return note;
}

/** How many of the viewer's notes they have not read in their current text (the home tile). */
export async function unreadNoteCount(viewer: Pick<Viewer, "id">): Promise<number> {
  const person = await portalPerson(viewer);
  if (!person) return 0;
  const notes = await db.note.findMany({ where: notesForWhere(person), select: { updatedAt: true, reads: { where: { userId: person.id }, select: { readAt: true } } } });
  return notes.filter((n) => !n.reads[0] || n.reads[0].readAt < n.updatedAt).length;
}
