import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { bulkUpdateAssets, checkInAsset, checkOutAsset, deleteAssetLookup, saveAsset, saveAssetLookup } from "./service";
import { getAsset, getMyAsset, listAssets, listCurrentAssets, listMyAssets, listPersonAssets } from "./queries";
import { warrantyState } from "./schema";

type Person = Awaited<ReturnType<typeof makeUser>>;
let admin: Person;
let agent: Person;
let customer: Person;
let other: Person;
let typeId: string;

const unique = () => randomUUID().slice(0, 8);
const input = (extra: Record<string, unknown> = {}) => ({ tag: `T-${unique()}`, name: "ThinkPad T14", typeId, status: "IN_STOCK" as const, ...extra });

async function makeAsset(extra: Record<string, unknown> = {}) {
  const result = await saveAsset(agent, input(extra));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  agent = await makeUser("AGENT");
  customer = await makeUser("CUSTOMER");
  other = await makeUser("CUSTOMER");
  const type = await saveAssetLookup(admin, "type", { name: `Laptop ${unique()}` });
  if (!type.ok) throw new Error(JSON.stringify(type));
  typeId = type.data.id;
});

describe("asset records", () => {
  it("lets an agent create and edit one, audited", async () => {
    const id = await makeAsset({ serialNumber: "SN-1", purchaseDate: "2025-02-03", purchaseCost: "1299.50", warrantyEnd: "2028-02-03" });
    const row = await db.asset.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ serialNumber: "SN-1", purchaseCostCents: 129950, status: "IN_STOCK" });
    expect(row.purchaseDate?.toISOString()).toBe("2025-02-03T00:00:00.000Z");
    expect(await saveAsset(agent, { ...input({ name: "Renamed", tag: row.tag }), id })).toEqual({ ok: true, data: { id } });
    expect((await db.asset.findUniqueOrThrow({ where: { id } })).name).toBe("Renamed");
    const actions = (await db.auditLog.findMany({ where: { targetType: "Asset", targetId: id } })).map((a) => a.action).sort();
    expect(actions).toEqual(["asset.create", "asset.update"]);
  });

  it("generates a tag from the configured prefix when none is given", async () => {
    const prefix = `P${unique()}-`;
    await db.portalSettings.upsert({ where: { id: 1 }, update: { assetTagPrefix: prefix }, create: { id: 1, assetTagPrefix: prefix } });
    try {
      const first = await makeAsset({ tag: "" });
      const second = await makeAsset({ tag: "" });
      expect((await db.asset.findUniqueOrThrow({ where: { id: first } })).tag).toBe(`${prefix}000001`);
      expect((await db.asset.findUniqueOrThrow({ where: { id: second } })).tag).toBe(`${prefix}000002`);
    } finally {
      await db.portalSettings.update({ where: { id: 1 }, data: { assetTagPrefix: "AST-" } });
    }
  });

  it("refuses a duplicate tag and writes nothing", async () => {
    const tag = `DUP-${unique()}`;
    await makeAsset({ tag });
    const result = await saveAsset(agent, input({ tag, name: "Second" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { tag: ["errors.tagTaken"] } });
    expect(await db.asset.count({ where: { tag } })).toBe(1);
  });

  it("refuses an unknown type, location and organization", async () => {
    const tag = `U-${unique()}`;
    const result = await saveAsset(agent, input({ tag, typeId: "nosuchtype", locationId: "nosuchplace", organizationId: "nosuchorg" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { typeId: ["errors.typeUnknown"], locationId: ["errors.locationUnknown"], organizationId: ["errors.organizationUnknown"] } });
    expect(await db.asset.count({ where: { tag } })).toBe(0);
  });

  it("refuses invalid dates and costs", async () => {
    const result = await saveAsset(agent, input({ purchaseDate: "2025-02-30", warrantyEnd: "tomorrow", purchaseCost: "12,345,678.999" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { purchaseDate: ["errors.dateInvalid"], warrantyEnd: ["errors.dateInvalid"], purchaseCost: ["errors.costInvalid"] } });
  });

  it("refuses a customer creating or editing one", async () => {
    const tag = `C-${unique()}`;
    expect(await saveAsset(customer, input({ tag }))).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.asset.count({ where: { tag } })).toBe(0);
    const id = await makeAsset();
    expect(await saveAsset(customer, { ...input({ name: "Hijacked" }), id })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect((await db.asset.findUniqueOrThrow({ where: { id } })).name).not.toBe("Hijacked");
  });
});

describe("check-out and check-in", () => {
  it("keeps the whole history: who, when, by whom, with comments", async () => {
    const id = await makeAsset();
    const out = await checkOutAsset(agent, { assetId: id, userId: customer.id, comment: "New starter" });
    expect(out.ok).toBe(true);
    expect((await db.asset.findUniqueOrThrow({ where: { id } })).status).toBe("IN_USE");
    expect(await checkInAsset(agent, { assetId: id, comment: "Returned" })).toEqual({ ok: true, data: { holderId: customer.id } });
    expect((await db.asset.findUniqueOrThrow({ where: { id } })).status).toBe("IN_STOCK");
    await checkOutAsset(admin, { assetId: id, userId: other.id });
    const detail = await getAsset(agent, id);
    expect(detail?.assignments.map((a) => [a.user.id, a.endedAt === null])).toEqual([[other.id, true], [customer.id, false]]);
    expect(detail?.assignments[1]).toMatchObject({ assignComment: "New starter", endComment: "Returned", assignedBy: { name: "Test AGENT" }, endedBy: { name: "Test AGENT" } });
    const actions = (await db.auditLog.findMany({ where: { targetType: "Asset", targetId: id } })).map((a) => a.action).sort();
    expect(actions).toEqual(["asset.checkIn", "asset.checkOut", "asset.checkOut", "asset.create"]);
  });

  it("refuses to check out an asset someone holds, even two at once", async () => {
    const id = await makeAsset();
    const results = await Promise.all([
      checkOutAsset(agent, { assetId: id, userId: customer.id }),
      checkOutAsset(admin, { assetId: id, userId: other.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: "errors.alreadyHeld" });
    expect(await checkOutAsset(agent, { assetId: id, userId: other.id })).toMatchObject({ ok: false, message: "errors.alreadyHeld" });
    expect(await db.assetAssignment.count({ where: { assetId: id } })).toBe(1);
  });

  it("the database itself refuses a second open assignment", async () => {
    const id = await makeAsset();
    await db.assetAssignment.create({ data: { assetId: id, userId: customer.id, openAssetId: id } });
    await expect(db.assetAssignment.create({ data: { assetId: id, userId: other.id, openAssetId: id } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses to check in an asset no one holds", async () => {
    const id = await makeAsset();
    expect(await checkInAsset(agent, { assetId: id })).toMatchObject({ ok: false, message: "errors.notHeld" });
    expect(await checkInAsset(agent, { assetId: "nosuchasset" })).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("refuses a retired asset and an unknown person", async () => {
    const retired = await makeAsset({ status: "RETIRED" });
    expect(await checkOutAsset(agent, { assetId: retired, userId: customer.id })).toMatchObject({ ok: false, message: "errors.notAvailable" });
    const id = await makeAsset();
    expect(await checkOutAsset(agent, { assetId: id, userId: "nosuchperson" })).toMatchObject({ ok: false, fieldErrors: { userId: ["errors.holderUnknown"] } });
    expect(await db.assetAssignment.count({ where: { assetId: { in: [retired, id] } } })).toBe(0);
  });

  it("refuses a customer checking out or in", async () => {
    const id = await makeAsset();
    expect(await checkOutAsset(customer, { assetId: id, userId: customer.id })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.assetAssignment.count({ where: { assetId: id } })).toBe(0);
    await checkOutAsset(agent, { assetId: id, userId: customer.id });
    expect(await checkInAsset(customer, { assetId: id })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.assetAssignment.count({ where: { assetId: id, endedAt: null } })).toBe(1);
  });
});

describe("a held asset's status", () => {
  it("an edit cannot set a held asset in stock or retired; in repair and lost are allowed", async () => {
    const id = await makeAsset();
    await checkOutAsset(agent, { assetId: id, userId: customer.id });
    const { tag } = await db.asset.findUniqueOrThrow({ where: { id } });
    for (const status of ["IN_STOCK", "RETIRED"] as const) {
      expect(await saveAsset(agent, { ...input({ tag, status }), id })).toEqual({ ok: false, message: "errors.invalid", fieldErrors: { status: ["errors.heldStatusNeedsCheckIn"] } });
      expect((await db.asset.findUniqueOrThrow({ where: { id } })).status).toBe("IN_USE");
    }
    for (const status of ["IN_REPAIR", "LOST"] as const) {
      expect(await saveAsset(agent, { ...input({ tag, status }), id })).toEqual({ ok: true, data: { id } });
      expect((await db.asset.findUniqueOrThrow({ where: { id } })).status).toBe(status);
    }
    expect(await db.assetAssignment.count({ where: { assetId: id, endedAt: null } })).toBe(1);
    await checkInAsset(agent, { assetId: id });
    expect(await saveAsset(agent, { ...input({ tag, status: "RETIRED" }), id })).toEqual({ ok: true, data: { id } });
  });
});

describe("bulk changes", () => {
  it("changes the status of many and checks many in", async () => {
    const a = await makeAsset();
    const b = await makeAsset();
    await checkOutAsset(agent, { assetId: a, userId: customer.id });
    expect(await bulkUpdateAssets(agent, { ids: [a, b], change: { kind: "checkIn" } })).toEqual({ ok: true, data: { changed: 1, skipped: 0 } });
    expect(await bulkUpdateAssets(agent, { ids: [a, b], change: { kind: "status", status: "IN_REPAIR" } })).toEqual({ ok: true, data: { changed: 2, skipped: 0 } });
    expect((await db.asset.findMany({ where: { id: { in: [a, b] } } })).map((x) => x.status)).toEqual(["IN_REPAIR", "IN_REPAIR"]);
    expect(await db.assetAssignment.count({ where: { assetId: a, endedAt: null } })).toBe(0);
  });

  it("writes one audit entry per asset changed, named like the single changes", async () => {
    const a = await makeAsset();
    const b = await makeAsset();
    const untouched = await makeAsset();
    await checkOutAsset(agent, { assetId: a, userId: customer.id });
    await bulkUpdateAssets(agent, { ids: [a, b], change: { kind: "checkIn" } });
    await bulkUpdateAssets(agent, { ids: [a, b], change: { kind: "status", status: "LOST" } });
    const trail = async (id: string) =>
      (await db.auditLog.findMany({ where: { targetType: "Asset", targetId: id } })).map((e) => [e.action, JSON.parse(e.data)]).sort((x, y) => x[0].localeCompare(y[0]));
    const { tag } = await db.asset.findUniqueOrThrow({ where: { id: a } });
    expect(await trail(a)).toEqual([
      ["asset.checkIn", { tag, comment: null, bulk: true }],
      ["asset.checkOut", expect.anything()],
      ["asset.create", expect.anything()],
      ["asset.update", { tag, status: "LOST", from: "IN_STOCK", bulk: true }],
    ]);
    // b was not held: the check-in did not change it and left no entry.
    expect((await trail(b)).map(([action]) => action)).toEqual(["asset.create", "asset.update"]);
    expect((await trail(untouched)).map(([action]) => action)).toEqual(["asset.create"]);
    expect(await db.auditLog.count({ where: { action: { startsWith: "asset.bulk" } } })).toBe(0);
  });

  it("skips held assets when setting in stock or retired, counts them and changes the rest", async () => {
    const held = await makeAsset();
    const free = await makeAsset();
    await checkOutAsset(agent, { assetId: held, userId: customer.id });
    await db.asset.update({ where: { id: held }, data: { status: "IN_REPAIR" } });
    expect(await bulkUpdateAssets(agent, { ids: [held, free], change: { kind: "status", status: "RETIRED" } })).toEqual({ ok: true, data: { changed: 1, skipped: 1 } });
    expect(await bulkUpdateAssets(agent, { ids: [held, free], change: { kind: "status", status: "IN_STOCK" } })).toEqual({ ok: true, data: { changed: 1, skipped: 1 } });
    expect((await db.asset.findUniqueOrThrow({ where: { id: held } })).status).toBe("IN_REPAIR");
    expect((await db.asset.findUniqueOrThrow({ where: { id: free } })).status).toBe("IN_STOCK");
    expect(await db.auditLog.count({ where: { targetId: held, action: "asset.update" } })).toBe(0);
    for (const status of ["LOST", "IN_REPAIR"] as const) {
      expect(await bulkUpdateAssets(agent, { ids: [held, free], change: { kind: "status", status } })).toEqual({ ok: true, data: { changed: 2, skipped: 0 } });
      expect((await db.asset.findUniqueOrThrow({ where: { id: held } })).status).toBe(status);
    }
    expect(await db.assetAssignment.count({ where: { assetId: held, endedAt: null } })).toBe(1);
  });

  it("refuses a customer and more than 100 ids", async () => {
    const a = await makeAsset();
    expect(await bulkUpdateAssets(customer, { ids: [a], change: { kind: "status", status: "LOST" } })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect((await db.asset.findUniqueOrThrow({ where: { id: a } })).status).toBe("IN_STOCK");
    const many = Array.from({ length: 101 }, (_, i) => `id${i}`);
    expect(await bulkUpdateAssets(agent, { ids: many, change: { kind: "checkIn" } })).toMatchObject({ ok: false, message: "errors.bulkTooMany" });
  });
});

describe("types and locations", () => {
  it("lets an admin add, rename and delete an unused one; refuses a used one and a duplicate", async () => {
    const name = `Dock ${unique()}`;
    const created = await saveAssetLookup(admin, "location", { name });
    if (!created.ok) throw new Error("not created");
    expect(await saveAssetLookup(admin, "location", { name })).toMatchObject({ ok: false, fieldErrors: { name: ["errors.nameTaken"] } });
    expect(await saveAssetLookup(admin, "location", { id: created.data.id, name: `${name} 2` })).toMatchObject({ ok: true });
    await makeAsset({ locationId: created.data.id });
    expect(await deleteAssetLookup(admin, "location", created.data.id)).toMatchObject({ ok: false, message: "errors.inUse" });
    expect(await deleteAssetLookup(admin, "type", typeId)).toMatchObject({ ok: false, message: "errors.inUse" });
    const unused = await saveAssetLookup(admin, "type", { name: `Unused ${unique()}` });
    if (!unused.ok) throw new Error("not created");
    expect(await deleteAssetLookup(admin, "type", unused.data.id)).toEqual({ ok: true, data: undefined });
  });

  it("refuses an agent managing them", async () => {
    const name = `Agent type ${unique()}`;
    expect(await saveAssetLookup(agent, "type", { name })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.assetType.count({ where: { name } })).toBe(0);
    expect(await saveAssetLookup(agent, "type", { id: typeId, name })).toMatchObject({ ok: false, message: "errors.forbidden" });
    const unused = await saveAssetLookup(admin, "type", { name: `Keep ${unique()}` });
    if (!unused.ok) throw new Error("not created");
    expect(await deleteAssetLookup(agent, "type", unused.data.id)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.assetType.count({ where: { id: unused.data.id } })).toBe(1);
  });
});

describe("reads", () => {
  it("the console list searches by tag, name, serial and holder, and filters", async () => {
    const marker = unique();
    const a = await makeAsset({ tag: `LIST-${marker}`, name: `Monitor ${marker}`, serialNumber: `SER${marker}`, warrantyEnd: new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10) });
    await checkOutAsset(agent, { assetId: a, userId: customer.id });
    for (const q of [`LIST-${marker}`, `Monitor ${marker}`, `SER${marker}`]) {
      expect((await listAssets(agent, { q })).items.map((i) => i.id)).toEqual([a]);
    }
    expect((await listAssets(agent, { holder: customer.email })).items.map((i) => i.id)).toContain(a);
    expect((await listAssets(agent, { q: marker, status: "IN_STOCK" })).items).toHaveLength(0);
    expect((await listAssets(agent, { q: marker, status: "IN_USE", warrantyWithin: "30" })).items.map((i) => i.id)).toEqual([a]);
    expect((await listAssets(agent, { q: marker, type: "othertype" })).items).toHaveLength(0);
  });

  it("gives a customer nothing from the console reads", async () => {
    const a = await makeAsset();
    expect((await listAssets(customer, {})).items).toEqual([]);
    expect(await getAsset(customer, a)).toBeNull();
    expect(await listPersonAssets(customer, customer.id)).toBeNull();
    expect(await listCurrentAssets(customer, other.id)).toEqual([]);
  });

  it("beside a ticket, agents see what its requester holds now, the newest first", async () => {
    const holder = await makeUser("CUSTOMER");
    const first = await makeAsset({ serialNumber: "SN-1" });
    const second = await makeAsset();
    const returned = await makeAsset();
    for (const assetId of [first, second, returned]) await checkOutAsset(agent, { assetId, userId: holder.id });
    await checkInAsset(agent, { assetId: returned });
    await db.assetAssignment.updateMany({ where: { assetId: first }, data: { assignedAt: new Date(Date.now() - 60_000) } });
    const held = await listCurrentAssets(agent, holder.id);
    expect(held.map((h) => h.asset.id)).toEqual([second, first]);
    expect(held[1]).toEqual({
      assignedAt: expect.any(Date),
      asset: { id: first, tag: expect.any(String), name: "ThinkPad T14", serialNumber: "SN-1", warrantyEnd: null, type: { name: expect.any(String) } },
    });
    expect(await listCurrentAssets(agent, (await makeUser("CUSTOMER")).id)).toEqual([]);
  });

  it("My assets shows only what the viewer holds now; another's asset reads as unknown", async () => {
    const mine = await makeAsset();
    const theirs = await makeAsset();
    const returned = await makeAsset();
    await checkOutAsset(agent, { assetId: mine, userId: customer.id });
    await checkOutAsset(agent, { assetId: theirs, userId: other.id });
    await checkOutAsset(agent, { assetId: returned, userId: customer.id });
    await checkInAsset(agent, { assetId: returned });
    const ids = (await listMyAssets(customer)).map((a) => a.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(theirs);
    expect(ids).not.toContain(returned);
    expect(await getMyAsset(customer, mine)).toMatchObject({ id: mine });
    expect(await getMyAsset(customer, theirs)).toBeNull();
    expect(await getMyAsset(customer, returned)).toBeNull();
    const tab = await listPersonAssets(agent, customer.id);
    expect(tab?.current.map((r) => r.asset.id)).toContain(mine);
    expect(tab?.past.map((r) => r.asset.id)).toContain(returned);
  });
});

describe("warranty state", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("reads in warranty, ends in N days, ended", () => {
    expect(warrantyState(null, now)).toEqual({ kind: "none" });
    expect(warrantyState(new Date("2026-05-01"), now)).toEqual({ kind: "ended" });
    expect(warrantyState(new Date("2026-06-11"), now)).toEqual({ kind: "endsSoon", days: 10 });
    expect(warrantyState(new Date("2027-06-11"), now)).toEqual({ kind: "inWarranty" });
  });
});
