import "server-only";
import { containsText, db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { ASSETS_PAGE_SIZE, assetListQuerySchema, idSchema, type AssetListQuery, type AssetSort } from "./schema";

// Reads of assets. Console reads return nothing to a viewer who is not staff; portal reads are
// scoped to what the viewer holds now, so another person's asset looks exactly like an unknown id.

type ViewerLike = Pick<Viewer, "id" | "role">;
const DAY_MS = 24 * 60 * 60 * 1000;

const listItemSelect = {
  id: true,
  tag: true,
  name: true,
  serialNumber: true,
  status: true,
  warrantyEnd: true,
  updatedAt: true,
  type: { select: { name: true } },
  organization: { select: { name: true } },
  assignments: { where: { endedAt: null }, take: 1, select: { assignedAt: true, user: { select: { id: true, name: true, email: true } } } },
} satisfies Prisma.AssetSelect;
export type AssetListItem = Prisma.AssetGetPayload<{ select: typeof listItemSelect }>;

const personMatches = (text: string): Prisma.UserWhereInput => ({ OR: [{ name: containsText(text) }, { email: containsText(text.toLowerCase()) }] });
/** Holders are searched among people first (a small table), then their open assignments by index. */
export const HOLDER_MATCH_MAX = 500;
async function heldBy(text: string): Promise<Prisma.AssetWhereInput> {
  const people = await db.user.findMany({ where: personMatches(text), select: { id: true }, take: HOLDER_MATCH_MAX });
  return { assignments: { some: { endedAt: null, userId: { in: people.map((p) => p.id) } } } };
}

/** The list's filter as a where clause (also used by the CSV export of the current filter). */
export async function assetListWhere(query: AssetListQuery, now = new Date()): Promise<Prisma.AssetWhereInput> {
  const and: Prisma.AssetWhereInput[] = [];
  if (query.type) and.push({ typeId: query.type });
  if (query.status) and.push({ status: query.status });
  if (query.organization) and.push({ organizationId: query.organization });
  if (query.holder) and.push(await heldBy(query.holder));
  if (query.warrantyWithin) {
    and.push({ warrantyEnd: { gte: now, lte: new Date(now.getTime() + Number(query.warrantyWithin) * DAY_MS) } });
  }
  if (query.q) {
    // A tag or serial typed whole is found through its index first; the rest is a contains search.
    and.push({
      OR: [{ tag: query.q }, { serialNumber: query.q }, { tag: containsText(query.q) }, { name: containsText(query.q) }, { serialNumber: containsText(query.q) }, await heldBy(query.q)],
    });
  }
  return and.length > 0 ? { AND: and } : {};
}

export const ASSET_ORDER: Record<AssetSort, Prisma.AssetOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  tag: [{ tag: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  warranty: [{ warrantyEnd: "asc" }, { id: "asc" }],
};

/** One page of the console list: ids first in the chosen order, then the rows (as the ticket queue). */
export async function listAssets(viewer: ViewerLike, rawQuery: unknown) {
  const query = assetListQuerySchema.parse(rawQuery ?? {});
  if (!isStaff(viewer)) return { items: [] as AssetListItem[], total: 0, page: 1, pageCount: 1, query };
  const where = await assetListWhere(query);
  const skip = (query.page - 1) * ASSETS_PAGE_SIZE;
  const [ids, total] = await Promise.all([
    db.asset.findMany({ where, select: { id: true }, orderBy: ASSET_ORDER[query.sort], skip, take: ASSETS_PAGE_SIZE }),
    db.asset.count({ where }),
  ]);
  const rows = ids.length ? new Map((await db.asset.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: listItemSelect })).map((r) => [r.id, r])) : new Map();
  const items = ids.flatMap((r) => rows.get(r.id) ?? []) as AssetListItem[];
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / ASSETS_PAGE_SIZE)), query };
}

/** The choices of the list's filters and of the asset form. */
export async function listAssetOptions() {
  const [types, locations, organizations] = await Promise.all([
    db.assetType.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.assetLocation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { types, locations, organizations };
}

/** Types and locations with how many assets use each, for the admin screens. */
export async function listAssetLookups(viewer: ViewerLike) {
  if (!isStaff(viewer)) return null;
  const [types, locations] = await Promise.all([
    db.assetType.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { assets: true } } } }),
    db.assetLocation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { assets: true } } } }),
  ]);
  return { types, locations };
}

/** One asset with its full history and its tickets, for staff; null otherwise or when unknown. */
export async function getAsset(viewer: ViewerLike, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  return db.asset.findUnique({
    where: { id: id.data },
    select: {
      id: true, tag: true, name: true, typeId: true, manufacturer: true, model: true, serialNumber: true, status: true,
      purchaseDate: true, purchaseCostCents: true, warrantyEnd: true, locationId: true, organizationId: true, notes: true,
      createdAt: true, updatedAt: true,
      type: { select: { name: true } },
      location: { select: { name: true } },
      organization: { select: { name: true } },
      assignments: {
        orderBy: { assignedAt: "desc" },
        select: {
          id: true, assignedAt: true, assignComment: true, endedAt: true, endComment: true,
          user: { select: { id: true, name: true, email: true } },
          assignedBy: { select: { name: true } },
          endedBy: { select: { name: true } },
        },
      },
      tickets: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, subject: true, status: true, createdAt: true, requester: { select: { name: true } } } },
    },
  });
}
export type AssetDetail = NonNullable<Awaited<ReturnType<typeof getAsset>>>;

/** A person's assets for their record's Assets tab: current and past assignments, newest first. */
export async function listPersonAssets(viewer: ViewerLike, userId: string) {
  if (!isStaff(viewer) || !idSchema.safeParse(userId).success) return null;
  const rows = await db.assetAssignment.findMany({
    where: { userId },
    orderBy: { assignedAt: "desc" },
    take: 200,
    select: { id: true, assignedAt: true, endedAt: true, asset: { select: { id: true, tag: true, name: true, type: { select: { name: true } } } } },
  });
  return { current: rows.filter((r) => !r.endedAt), past: rows.filter((r) => r.endedAt) };
}

/** What a person holds now (the requester card, the asset picker): staff may ask for anyone, others for themselves. */
export async function listCurrentAssets(viewer: ViewerLike, userId: string) {
  if (!isStaff(viewer) && userId !== viewer.id) return [];
  // Beside every console ticket: one SQL statement, where Prisma compiled a query anew each time
  // and, on SQLite, read the assets and their types with two more (even for someone holding none).
  const rows = await db.$queryRaw<{ assignedAt: Date; id: string; tag: string; name: string; serialNumber: string | null; warrantyEnd: Date | null; typeName: string }[]>`
    SELECT aa."assignedAt", a."id", a."tag", a."name", a."serialNumber", a."warrantyEnd", t."name" AS "typeName"
    FROM "AssetAssignment" aa JOIN "Asset" a ON a."id" = aa."assetId" JOIN "AssetType" t ON t."id" = a."typeId"
    WHERE aa."userId" = ${userId} AND aa."endedAt" IS NULL
    ORDER BY aa."assignedAt" DESC LIMIT 100`;
  return rows.map(({ assignedAt, typeName, ...asset }) => ({ assignedAt, asset: { ...asset, type: { name: typeName } } }));
}

const portalAssetSelect = {
  id: true, tag: true, name: true, serialNumber: true, manufacturer: true, model: true, warrantyEnd: true,
  type: { select: { name: true } },
} satisfies Prisma.AssetSelect;

/** My assets: what the viewer holds now. */
export async function listMyAssets(viewer: Pick<Viewer, "id">) {
  const rows = await db.assetAssignment.findMany({
    where: { userId: viewer.id, endedAt: null },
    orderBy: { assignedAt: "desc" },
    select: { assignedAt: true, asset: { select: portalAssetSelect } },
  });
  return rows.map((r) => ({ ...r.asset, since: r.assignedAt }));
}

/** One of the viewer's current assets with the tickets they filed about it; null for anything else. */
export async function getMyAsset(viewer: Pick<Viewer, "id">, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  const row = await db.assetAssignment.findFirst({
    where: { assetId: id.data, userId: viewer.id, endedAt: null },
    select: {
      assignedAt: true,
      asset: { select: { ...portalAssetSelect, tickets: { where: { requesterId: viewer.id }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, subject: true, status: true, createdAt: true } } } },
    },
  });
  return row ? { ...row.asset, since: row.assignedAt } : null;
}

/** How many assets the viewer holds now (the home tile). */
export async function myAssetCount(viewer: Pick<Viewer, "id">): Promise<number> {
  return db.assetAssignment.count({ where: { userId: viewer.id, endedAt: null } });
}
