import "server-only";
import { db, type Db } from "@/lib/db";
import { audit, auditMany } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { isAdmin, isStaff } from "@/lib/auth/permissions";
import type { AssetStatus } from "@/generated/prisma-sqlite/enums";
import { assetSchema, bulkSchema, checkInSchema, checkOutSchema, idSchema, lookupNameSchema, type AssetData, type AssetInput } from "./schema";

// The rules of assets: staff (agents and admins) write records and check assets out and in;
// admins manage the type and location lists. Each function checks the viewer itself; every change
// is audited. Messages are catalogue keys of the "assets" namespace.

type ViewerLike = Pick<Viewer, "id" | "role">;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Statuses that say no one holds the asset: a held one must be checked in before it gets one. */
const UNHELD_STATUSES: readonly AssetStatus[] = ["IN_STOCK", "RETIRED"];
export const needsCheckIn = (status: AssetStatus, held: boolean) => held && UNHELD_STATUSES.includes(status);

/**
 * The condition a write of `status` adds to its `where`: no open assignment, when the status says
 * no one holds the asset. In the write itself, so a check-out just before cannot slip through.
 */
export const unheldWhere = (status: AssetStatus) => (UNHELD_STATUSES.includes(status) ? { assignments: { none: { endedAt: null } } } : {});

/** The next free tag "<prefix><number>", six digits at least: one past the highest such tag. */
export async function nextAssetTag(tx: Pick<Db, "asset" | "portalSettings">): Promise<string> {
  const settings = await tx.portalSettings.findUnique({ where: { id: 1 }, select: { assetTagPrefix: true } });
  const prefix = settings?.assetTagPrefix ?? "AST-";
  // Zero-padded numbers sort as text, so the highest tag with this prefix holds the highest number.
  const candidates = await tx.asset.findMany({
    where: { tag: { startsWith: prefix } },
    orderBy: { tag: "desc" },
    select: { tag: true },
    take: 20,
  });
  let highest = 0;
  for (const { tag } of candidates) {
    const rest = tag.slice(prefix.length);
    if (/^\d{1,12}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${String(highest + 1).padStart(6, "0")}`;
}

/** Checks that the referenced type, location and organization exist: field errors, or null. */
async function checkReferences(tx: Pick<Db, "assetType" | "assetLocation" | "organization">, data: Pick<AssetData, "typeId" | "locationId" | "organizationId">) {
  const [type, location, organization] = await Promise.all([
    tx.assetType.findUnique({ where: { id: data.typeId }, select: { id: true } }),
    data.locationId ? tx.assetLocation.findUnique({ where: { id: data.locationId }, select: { id: true } }) : true,
    data.organizationId ? tx.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } }) : true,
  ]);
  const errors: Record<string, string[]> = {};
  if (!type) errors.typeId = ["errors.typeUnknown"];
  if (!location) errors.locationId = ["errors.locationUnknown"];
  if (!organization) errors.organizationId = ["errors.organizationUnknown"];
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The columns of an asset from parsed input (the tag is handled by the caller). */
export function assetColumns(data: AssetData) {
  return {
    name: data.name,
    typeId: data.typeId,
    manufacturer: data.manufacturer,
    model: data.model,
    serialNumber: data.serialNumber,
    status: data.status,
    purchaseDate: data.purchaseDate,
    purchaseCostCents: data.purchaseCost,
    warrantyEnd: data.warrantyEnd,
    locationId: data.locationId,
    organizationId: data.organizationId,
    notes: data.notes,
  };
}

/** Adds an asset (no id) or edits one: staff only. An empty tag gets the next generated one. */
export async function saveAsset(viewer: ViewerLike, input: AssetInput): Promise<ActionResult<{ id: string }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const parsed = assetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const data = parsed.data;
  const refErrors = await checkReferences(db, data);
  if (refErrors) return fail("errors.invalid", refErrors);
  try {
    return await db.$transaction(async (tx) => {
      if (data.id) {
        const current = await tx.asset.findUnique({ where: { id: data.id }, select: { tag: true } });
        if (!current) return fail("errors.notFound");
        const tag = data.tag ?? current.tag;
        // A held asset is not put in stock or retired.
        const written = await tx.asset.updateMany({ where: { id: data.id, ...unheldWhere(data.status) }, data: { ...assetColumns(data), tag } });
        if (written.count === 0) return fail("errors.invalid", { status: ["errors.heldStatusNeedsCheckIn"] });
        await audit(tx, { actorId: viewer.id, action: "asset.update", targetType: "Asset", targetId: data.id, data: { tag, name: data.name, status: data.status } });
        return ok({ id: data.id });
      }
      const tag = data.tag ?? (await nextAssetTag(tx));
      const row = await tx.asset.create({ data: { ...assetColumns(data), tag }, select: { id: true } });
      await audit(tx, { actorId: viewer.id, action: "asset.create", targetType: "Asset", targetId: row.id, data: { tag, name: data.name } });
      return ok({ id: row.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.invalid", { tag: ["errors.tagTaken"] });
    throw error;
  }
}

/**
 * Checks an asset out to a person: staff only. At most one holder at a time (checked here and by
 * the unique open marker, so two agents at once cannot both succeed). The asset becomes "in use".
 * `tx` lets another service (e.g. a hand-over confirmation) do it inside its own transaction.
 */
export async function checkOutAsset(
  viewer: ViewerLike,
  input: { assetId: unknown; userId: unknown; comment?: unknown },
  tx?: Tx,
): Promise<ActionResult<{ assignmentId: string }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const parsed = checkOutSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { assetId, userId, comment } = parsed.data;
  const run = async (t: Tx): Promise<ActionResult<{ assignmentId: string }>> => {
    const asset = await t.asset.findUnique({
      where: { id: assetId },
      select: { id: true, tag: true, status: true, assignments: { where: { endedAt: null }, select: { id: true } } },
    });
    if (!asset) return fail("errors.notFound");
    if (asset.assignments.length > 0) return fail("errors.alreadyHeld");
    if (asset.status === "RETIRED" || asset.status === "LOST") return fail("errors.notAvailable");
    const person = await t.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
    if (!person) return fail("errors.invalid", { userId: ["errors.holderUnknown"] });
    const assignment = await t.assetAssignment.create({
      data: { assetId, userId, openAssetId: assetId, assignedById: viewer.id, assignComment: comment },
      select: { id: true },
    });
    await t.asset.update({ where: { id: assetId }, data: { status: "IN_USE" } });
    await audit(t, { actorId: viewer.id, action: "asset.checkOut", targetType: "Asset", targetId: assetId, data: { tag: asset.tag, userId, comment } });
    return ok({ assignmentId: assignment.id });
  };
  try {
    return tx ? await run(tx) : await db.$transaction(run);
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.alreadyHeld");
    throw error;
  }
}

/** Ends an asset's open assignment (kept in the history); the asset goes back in stock. */
async function endAssignment(tx: Tx, viewer: ViewerLike, assetId: string, comment: string | null, now: Date) {
  // Conditional on the open marker: of two check-ins at once, only one ends the assignment.
  const ended = await tx.assetAssignment.updateMany({
    where: { openAssetId: assetId },
    data: { openAssetId: null, endedAt: now, endedById: viewer.id, endComment: comment },
  });
  if (ended.count === 0) return false;
  await tx.asset.updateMany({ where: { id: assetId, status: "IN_USE" }, data: { status: "IN_STOCK" } });
  await tx.asset.update({ where: { id: assetId }, data: { updatedAt: now } });
  return true;
}

/** Checks an asset in: staff only; refused when no one holds it. */
export async function checkInAsset(viewer: ViewerLike, input: { assetId: unknown; comment?: unknown }, tx?: Tx): Promise<ActionResult<{ holderId: string }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const parsed = checkInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { assetId, comment } = parsed.data;
  const run = async (t: Tx): Promise<ActionResult<{ holderId: string }>> => {
    const asset = await t.asset.findUnique({ where: { id: assetId }, select: { tag: true, assignments: { where: { endedAt: null }, select: { userId: true } } } });
    if (!asset) return fail("errors.notFound");
    const holder = asset.assignments[0];
    if (!holder || !(await endAssignment(t, viewer, assetId, comment, new Date()))) return fail("errors.notHeld");
    await audit(t, { actorId: viewer.id, action: "asset.checkIn", targetType: "Asset", targetId: assetId, data: { tag: asset.tag, comment } });
    return ok({ holderId: holder.userId });
  };
  return tx ? run(tx) : db.$transaction(run);
}

/**
 * One status change or check-in for many assets from the list: staff only, one transaction, one
 * audit entry per asset changed. A held asset is not set in stock or retired (it must be checked in
 * first): it is skipped and counted.
 */
export async function bulkUpdateAssets(viewer: ViewerLike, input: unknown): Promise<ActionResult<{ changed: number; skipped: number }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const parsed = bulkSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message ?? "errors.invalid");
  const { ids, change } = parsed.data;
  return db.$transaction(async (tx) => {
    const now = new Date();
    const assets = await tx.asset.findMany({ where: { id: { in: ids } }, select: { id: true, tag: true, status: true } });
    const entry = (asset: { id: string; tag: string }, action: string, data: object) =>
      ({ actorId: viewer.id, action, targetType: "Asset", targetId: asset.id, data: { tag: asset.tag, ...data, bulk: true } });
    if (change.kind === "status") {
      // A held asset is left as it is when the status says no one holds it (the write's condition).
      const changed = [];
      for (const asset of assets) {
        const written = await tx.asset.updateMany({ where: { id: asset.id, ...unheldWhere(change.status) }, data: { status: change.status } });
        if (written.count > 0) changed.push(asset);
      }
      await auditMany(tx, changed.map((a) => entry(a, "asset.update", { status: change.status, from: a.status })));
      return ok({ changed: changed.length, skipped: assets.length - changed.length });
    }
    const checkedIn = [];
    for (const asset of assets) if (await endAssignment(tx, viewer, asset.id, null, now)) checkedIn.push(asset);
    await auditMany(tx, checkedIn.map((a) => entry(a, "asset.checkIn", { comment: null })));
    return ok({ changed: checkedIn.length, skipped: 0 });
  });
}

type Lookup = "type" | "location";
const LOOKUP = {
  type: { model: "assetType", targetType: "AssetType" },
  location: { model: "assetLocation", targetType: "AssetLocation" },
} as const;

/** Adds or renames an asset type or location: admins only; names are unique. */
export async function saveAssetLookup(viewer: ViewerLike, kind: Lookup, input: { id?: unknown; name: unknown }): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(viewer)) return fail("errors.forbidden");
  const parsed = lookupNameSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { id, name } = parsed.data;
  const { targetType } = LOOKUP[kind];
  try {
    return await db.$transaction(async (tx) => {
      const table = (kind === "type" ? tx.assetType : tx.assetLocation) as unknown as typeof tx.assetType;
      if (id) {
        const found = await table.updateMany({ where: { id }, data: { name } });
        if (found.count === 0) return fail("errors.notFound");
        await audit(tx, { actorId: viewer.id, action: `${kind === "type" ? "assetType" : "assetLocation"}.update`, targetType, targetId: id, data: { name } });
        return ok({ id });
      }
      const row = await table.create({ data: { name }, select: { id: true } });
      await audit(tx, { actorId: viewer.id, action: `${kind === "type" ? "assetType" : "assetLocation"}.create`, targetType, targetId: row.id, data: { name } });
      return ok({ id: row.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.invalid", { name: ["errors.nameTaken"] });
    throw error;
  }
}

/** Deletes a type or location no asset uses: admins only. */
export async function deleteAssetLookup(viewer: ViewerLike, kind: Lookup, rawId: unknown): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.forbidden");
  const id = idSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const used = await db.asset.count({ where: kind === "type" ? { typeId: id.data } : { locationId: id.data } });
  if (used > 0) return fail("errors.inUse");
  return db.$transaction(async (tx) => {
    const table = (kind === "type" ? tx.assetType : tx.assetLocation) as unknown as typeof tx.assetType;
    const found = await table.deleteMany({ where: { id: id.data } });
    if (found.count === 0) return fail("errors.notFound");
    await audit(tx, { actorId: viewer.id, action: `${kind === "type" ? "assetType" : "assetLocation"}.delete`, targetType: LOOKUP[kind].targetType, targetId: id.data });
    return ok(undefined);
  });
}
