import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { checkOutAsset, saveAsset, saveAssetLookup } from "./service";
import { applyAssetImport, decodeCsv, exportAssetsCsv, IMPORT_MAX_ROWS, neutralise, previewAssetImport } from "./csv";

type Person = Awaited<ReturnType<typeof makeUser>>;
let admin: Person;
let agent: Person;
let customer: Person;
let typeName: string;
let typeId: string;
const unique = () => randomUUID().slice(0, 8);
const utf8 = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  agent = await makeUser("AGENT");
  customer = await makeUser("CUSTOMER");
  typeName = `Phone ${unique()}`;
  const type = await saveAssetLookup(admin, "type", { name: typeName });
  if (!type.ok) throw new Error("type");
  typeId = type.data.id;
});

describe("CSV import", () => {
  it("previews creates, updates by tag and rejects with a reason per line, writing nothing", async () => {
    const m = unique();
    const existing = await saveAsset(agent, { tag: `IMP-${m}-1`, name: "Old name", typeId, status: "IN_STOCK" });
    expect(existing.ok).toBe(true);
    const csv = [
      "tag,name,type,serial,status,purchase_date,warranty_end",
      `IMP-${m}-1,New name,${typeName},S1,in use,2025-01-02,2027-01-02`,
      `IMP-${m}-2,Fresh,${typeName.toUpperCase()},S2,,,`,
      `IMP-${m}-3,Bad type,Spaceship,S3,,,`,
      `IMP-${m}-4,Bad date,${typeName},S4,,2025-13-45,`,
      `IMP-${m}-2,Duplicate,${typeName},S5,,,`,
      `IMP-${m}-6,,${typeName},S6,broken,,`,
    ].join("\n");
    const preview = await previewAssetImport(agent, csv);
    expect(preview).toMatchObject({ ok: true, data: { creates: 1, updates: 1, rejects: 4 } });
    if (!preview.ok) return;
    expect(preview.data.lines).toEqual([
      { line: 2, action: "update", tag: `IMP-${m}-1`, name: "New name" },
      { line: 3, action: "create", tag: `IMP-${m}-2`, name: "Fresh" },
      { line: 4, action: "reject", tag: `IMP-${m}-3`, name: "Bad type", reasons: ["errors.typeUnknown"] },
      { line: 5, action: "reject", tag: `IMP-${m}-4`, name: "Bad date", reasons: ["errors.dateInvalid"] },
      { line: 6, action: "reject", tag: `IMP-${m}-2`, name: "Duplicate", reasons: ["errors.tagDuplicateInFile"] },
      { line: 7, action: "reject", tag: `IMP-${m}-6`, name: "", reasons: ["errors.statusInvalid", "errors.nameRequired"] },
    ]);
    expect(await db.asset.count({ where: { tag: { startsWith: `IMP-${m}` } } })).toBe(1);
    expect((await db.asset.findUniqueOrThrow({ where: { tag: `IMP-${m}-1` } })).name).toBe("Old name");

    const applied = await applyAssetImport(agent, csv);
    expect(applied).toMatchObject({ ok: true, data: { creates: 1, updates: 1, rejects: 4 } });
    expect((await db.asset.findMany({ where: { tag: { startsWith: `IMP-${m}` } }, orderBy: { tag: "asc" } })).map((a) => [a.tag, a.name, a.status])).toEqual([
      [`IMP-${m}-1`, "New name", "IN_USE"],
      [`IMP-${m}-2`, "Fresh", "IN_STOCK"],
    ]);
  });

  it("writes one audit entry per asset, created or updated, saying it came from an import", async () => {
    const m = unique();
    const existing = await saveAsset(agent, { tag: `AUD-${m}-1`, name: "Old", typeId, status: "IN_STOCK" });
    if (!existing.ok) throw new Error("asset");
    const rows = Array.from({ length: 300 }, (_, i) => `AUD-${m}-${i + 2},New ${i},${typeName}`);
    const applied = await applyAssetImport(agent, ["tag,name,type", `AUD-${m}-1,Renamed,${typeName}`, ...rows].join("\n"));
    expect(applied).toMatchObject({ ok: true, data: { creates: 300, updates: 1 } });
    const assets = await db.asset.findMany({ where: { tag: { startsWith: `AUD-${m}-` } }, select: { id: true, tag: true } });
    expect(assets).toHaveLength(301);
    const entries = await db.auditLog.findMany({ where: { targetType: "Asset", targetId: { in: assets.map((a) => a.id) }, actorId: agent.id } });
    const imported = entries.filter((e) => JSON.parse(e.data).import === true);
    expect(imported).toHaveLength(301);
    expect(new Set(imported.map((e) => e.targetId))).toEqual(new Set(assets.map((a) => a.id)));
    const updated = imported.find((e) => e.targetId === existing.data.id);
    expect(updated?.action).toBe("asset.update");
    expect(JSON.parse(updated!.data)).toEqual({ tag: `AUD-${m}-1`, name: "Renamed", status: "IN_STOCK", import: true, line: 2 });
    expect(imported.filter((e) => e.action === "asset.create")).toHaveLength(300);
    expect(await db.auditLog.count({ where: { action: "asset.import" } })).toBe(0);
  });

  it("rejects a line that sets a held asset in stock or retired; no status keeps the asset's own", async () => {
    const m = unique();
    const make = async (n: number) => {
      const r = await saveAsset(agent, { tag: `HLD-${m}-${n}`, name: `Held ${n}`, typeId, status: "IN_STOCK" });
      if (!r.ok) throw new Error("asset");
      expect((await checkOutAsset(agent, { assetId: r.data.id, userId: customer.id })).ok).toBe(true);
      return r.data.id;
    };
    const ids = [await make(1), await make(2), await make(3), await make(4)];
    const csv = [
      "tag,name,type,status",
      `HLD-${m}-1,Held 1,${typeName},in stock`,
      `HLD-${m}-2,Held 2,${typeName},retired`,
      `HLD-${m}-3,Held 3 renamed,${typeName},`,
      `HLD-${m}-4,Held 4,${typeName},in repair`,
    ].join("\n");
    const preview = await previewAssetImport(agent, csv);
    expect(preview).toMatchObject({ ok: true, data: { creates: 0, updates: 2, rejects: 2 } });
    if (!preview.ok) return;
    expect(preview.data.lines.slice(0, 2)).toEqual([
      { line: 2, action: "reject", tag: `HLD-${m}-1`, name: "Held 1", reasons: ["errors.heldStatusNeedsCheckIn"] },
      { line: 3, action: "reject", tag: `HLD-${m}-2`, name: "Held 2", reasons: ["errors.heldStatusNeedsCheckIn"] },
    ]);
    expect(await applyAssetImport(agent, csv)).toMatchObject({ ok: true, data: { updates: 2, rejects: 2 } });
    const statuses = await db.asset.findMany({ where: { id: { in: ids } }, orderBy: { tag: "asc" }, select: { name: true, status: true } });
    expect(statuses).toEqual([
      { name: "Held 1", status: "IN_USE" },
      { name: "Held 2", status: "IN_USE" },
      { name: "Held 3 renamed", status: "IN_USE" },
      { name: "Held 4", status: "IN_REPAIR" },
    ]);
    expect(await db.assetAssignment.count({ where: { assetId: { in: ids }, endedAt: null } })).toBe(4);
  });

  it("generates tags for lines without one", async () => {
    const m = unique();
    const result = await applyAssetImport(agent, `name,type\nUntagged ${m} a,${typeName}\nUntagged ${m} b,${typeName}\n`);
    expect(result).toMatchObject({ ok: true, data: { creates: 2 } });
    const tags = (await db.asset.findMany({ where: { name: { startsWith: `Untagged ${m}` } }, select: { tag: true } })).map((a) => a.tag);
    expect(new Set(tags).size).toBe(2);
    for (const tag of tags) expect(tag).toMatch(/^AST-\d{6,}$/);
  });

  it("refuses wrong columns, too many rows and malformed text as a whole", async () => {
    expect(await previewAssetImport(agent, "tag,title,kind\nA,B,C\n")).toMatchObject({ ok: false, message: "errors.csvColumns" });
    expect(await previewAssetImport(agent, `name,type,password\nA,${typeName},x\n`)).toMatchObject({ ok: false, message: "errors.csvColumns" });
    expect(await previewAssetImport(agent, `name,type,name\nA,${typeName},x\n`)).toMatchObject({ ok: false, message: "errors.csvColumns" });
    expect(await previewAssetImport(agent, `name,type\n"unclosed,${typeName}\n`)).toMatchObject({ ok: false, message: "errors.csvMalformed" });
    expect(await previewAssetImport(agent, `name,type\nA,${typeName},extra\n`)).toMatchObject({ ok: false, message: "errors.csvMalformed" });
    const huge = `name,type\n${`Bulk,${typeName}\n`.repeat(100_000)}`;
    const before = await db.asset.count();
    expect(await applyAssetImport(agent, huge)).toMatchObject({ ok: false, message: "errors.csvTooManyRows" });
    expect(await applyAssetImport(agent, `name,type\n${`Bulk,${typeName}\n`.repeat(IMPORT_MAX_ROWS + 1)}`)).toMatchObject({ ok: false, message: "errors.csvTooManyRows" });
    expect(await db.asset.count()).toBe(before);
  });

  it("writes nothing when the file has only bad lines", async () => {
    const m = unique();
    expect(await applyAssetImport(agent, `tag,name,type\nNONE-${m},X,Nope\n`)).toMatchObject({ ok: false, message: "errors.csvNothingToImport" });
    expect(await db.asset.count({ where: { tag: `NONE-${m}` } })).toBe(0);
  });

  it("reads UTF-8 with or without a byte-order mark and refuses other encodings", () => {
    expect(decodeCsv(utf8("\uFEFFname,type\nCafé,x\n"))).toEqual({ ok: true, data: "name,type\nCafé,x\n" });
    // "Café" in Latin-1: the é is the lone byte 0xE9, invalid UTF-8.
    expect(decodeCsv(new Uint8Array([...utf8("name,type\nCaf"), 0xe9, ...utf8(",x\n")]))).toMatchObject({ ok: false, message: "errors.csvEncoding" });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toMatchObject({ ok: false, message: "errors.csvEncoding" });
    expect(decodeCsv(new Uint8Array(0))).toMatchObject({ ok: false, message: "errors.csvEmpty" });
    expect(decodeCsv(new Uint8Array(3 * 1024 * 1024))).toMatchObject({ ok: false, message: "errors.csvTooLarge" });
  });

  it("refuses a customer previewing or importing", async () => {
    const m = unique();
    const csv = `tag,name,type\nCUST-${m},X,${typeName}\n`;
    expect(await previewAssetImport(customer, csv)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await applyAssetImport(customer, csv)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.asset.count({ where: { tag: `CUST-${m}` } })).toBe(0);
  });
});

describe("CSV export", () => {
  it("exports the current filter with formulas neutralised", async () => {
    const m = unique();
    await saveAsset(agent, { tag: `EXP-${m}`, name: `=HYPERLINK("http://evil")`, typeId, status: "IN_STOCK", notes: "@SUM(A1)", manufacturer: "+cmd", model: "-2+3" });
    await saveAsset(agent, { tag: `OTH-${m}`, name: "Not in filter", typeId, status: "IN_STOCK" });
    const csv = await exportAssetsCsv(agent, { q: `EXP-${m}` });
    const rows = parse(csv!) as string[][];
    expect(rows[0]).toEqual(["tag", "name", "type", "manufacturer", "model", "serial", "status", "purchase_date", "purchase_cost", "warranty_end", "location", "organization", "holder_email", "notes"]);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 5)).toEqual([`EXP-${m}`, `'=HYPERLINK("http://evil")`, typeName, "'+cmd", "'-2+3"]);
    expect(rows[1][13]).toBe("'@SUM(A1)");
    // Forms trim tabs and line ends away; a cell that still starts with one is neutralised too.
    expect(neutralise("\tX")).toBe("'\tX");
    expect(neutralise("\r=1")).toBe("'\r=1");
    expect(neutralise("plain")).toBe("plain");
  });

  it("gives a customer nothing", async () => {
    expect(await exportAssetsCsv(customer, {})).toBeNull();
  });
});
