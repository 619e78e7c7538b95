import "server-only";
import { containsText, db } from "@/lib/db";
import { announceChange, keptUntilChanged } from "@/lib/realtime/kept";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { CANNED_PAGE_SIZE, cannedIdSchema, cannedListQuerySchema, type CannedListQuery } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

const listSelect = {
  id: true,
  title: true,
  body: true,
  locale: true,
  active: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.CannedResponseSelect;

export type CannedResponseItem = Prisma.CannedResponseGetPayload<{ select: typeof listSelect }>;

/** One page of canned responses, searched in title and body; null for a viewer who is not staff. */
export async function listCannedResponses(viewer: ViewerLike, rawQuery: CannedListQuery = {}) {
  if (!isStaff(viewer)) return null;
  const query = cannedListQuerySchema.parse(rawQuery);
  const where: Prisma.CannedResponseWhereInput = query.q ? { OR: [{ title: containsText(query.q) }, { body: containsText(query.q) }] } : {};
  const [items, total] = await Promise.all([
    db.cannedResponse.findMany({
      where,
      select: listSelect,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * CANNED_PAGE_SIZE,
      take: CANNED_PAGE_SIZE,
    }),
    db.cannedResponse.count({ where }),
  ]);
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / CANNED_PAGE_SIZE)), q: query.q };
}

/** One canned response for the edit screen; null when missing or the viewer is not staff. */
export async function getCannedResponse(viewer: ViewerLike, rawId: unknown) {
  const id = cannedIdSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  return db.cannedResponse.findUnique({ where: { id: id.data }, select: listSelect });
}

// The reply form of every console ticket page offers these, and they change only when an admin
// edits the list: each process keeps them (lib/realtime/kept.ts) until cannedChoicesChanged.
const TOPIC = "canned-choices";
const activeChoices = keptUntilChanged(TOPIC, () =>
  db.cannedResponse.findMany({
    where: { active: true },
    select: { id: true, title: true, locale: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  }),
);

/** The active canned responses an agent may pick from in the reply form (titles only). */
export async function listCannedChoices(viewer: ViewerLike) {
  if (!isStaff(viewer)) return [];
  return activeChoices.get();
}

/** After a committed change to the canned responses: every instance reads the choices again. */
export async function cannedChoicesChanged(): Promise<void> {
  await announceChange(TOPIC, { type: "canned-choices.changed" });
}

export type CannedChoice = Awaited<ReturnType<typeof listCannedChoices>>[number];
