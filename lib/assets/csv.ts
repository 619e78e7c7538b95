import "server-only";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { auditMany, type AuditEntry } from "@/lib/audit/log";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { AssetStatus } from "@/generated/prisma-sqlite/enums";
import { assetSchema, assetListQuerySchema, costText, isoDate, type AssetData } from "./schema";
import { assetColumns, needsCheckIn, nextAssetTag, unheldWhere } from "./service";
import { ASSET_ORDER, assetListWhere } from "./queries";

// CSV import (a preview, then one transaction) and export (the current filter, with formulas
// neutralised). Messages are catalogue keys of the "assets" namespace.

type ViewerLike = Pick<Viewer, "id" | "role">;

/** The columns, in export order; an import needs "name" and "type", the rest may be left out. */
export const CSV_COLUMNS = [
  "tag", "name", "type", "manufacturer", "model", "serial", "status",
  "purchase_date", "purchase_cost", "warranty_end", "location", "organization", "holder_email", "notes",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const EXPORT_MAX_ROWS = 100_000;

export type ImportLine =
  | { line: number; action: "create" | "update"; tag: string | null; name: string }
  | { line: number; action: "reject"; tag: string | null; name: string; reasons: string[] };
export type ImportPreview = { lines: ImportLine[]; creates: number; updates: number; rejects: number };

/** Decodes uploaded bytes as UTF-8 (a byte-order mark is dropped); other encodings are refused. */
export function decodeCsv(bytes: Uint8Array): ActionResult<string> {
  if (bytes.byteLength === 0) return fail("errors.csvEmpty");
  if (bytes.byteLength > IMPORT_MAX_BYTES) return fail("errors.csvTooLarge");
  // UTF-16 files start with a byte-order mark of FF FE or FE FF.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail("errors.csvEncoding");
  try {
    return ok(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return fail("errors.csvEncoding");
  }
}

const STATUS_WORDS: Record<string, AssetStatus> = {
  in_stock: "IN_STOCK", "in stock": "IN_STOCK", stock: "IN_STOCK", en_stock: "IN_STOCK", "en stock": "IN_STOCK",
  in_use: "IN_USE", "in use": "IN_USE", "en uso": "IN_USE",
  in_repair: "IN_REPAIR", "in repair": "IN_REPAIR", "en reparación": "IN_REPAIR",
  retired: "RETIRED", "retirado": "RETIRED",
  lost: "LOST", "perdido": "LOST",
};

type CsvRecord = Record<CsvColumn, string> & { line: number };

/**
 * Reads the CSV text into records by column, each with its line in the file; a file with missing or
 * unknown columns is refused whole. "holder_email" is read but not imported (check-outs have their own screen).
 */
function readRecords(text: string): ActionResult<CsvRecord[]> {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, info: true, to_line: IMPORT_MAX_ROWS + 2 }) as unknown as typeof parsed;
  } catch {
    return fail("errors.csvMalformed");
  }
  const rows = parsed.map((p) => p.record);
  if (rows.length === 0) return fail("errors.csvEmpty");
  // More lines than the limit are refused before anything is checked (to_line stopped reading them).
  const lineCount = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").length;
  if (rows.length > IMPORT_MAX_ROWS + 1 || lineCount > IMPORT_MAX_ROWS + 1) return fail("errors.csvTooManyRows");
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0 || !header.includes("name") || !header.includes("type") || new Set(header).size !== header.length) {
    return fail("errors.csvColumns");
  }
  return ok(parsed.slice(1).map(({ record, info }) => ({ ...(Object.fromEntries(header.map((h, i) => [h, record[i] ?? ""])) as Record<CsvColumn, string>), line: info.lines })));
}

type Planned = { line: number; action: "create" | "update"; id?: string; tag: string | null; data: AssetData };

/** Checks every line against the database without writing: what would be created, updated, rejected. */
async function plan(text: string): Promise<ActionResult<{ preview: ImportPreview; planned: Planned[] }>> {
  const records = readRecords(text);
  if (!records.ok) return records;
  const [types, locations, organizations] = await Promise.all([
    db.assetType.findMany({ select: { id: true, name: true } }),
    db.assetLocation.findMany({ select: { id: true, name: true } }),
    db.organization.findMany({ select: { id: true, name: true } }),
  ]);
  const byName = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.name.trim().toLowerCase(), r.id]));
  const typeIds = byName(types);
  const locationIds = byName(locations);
  const organizationIds = byName(organizations);
  const tags = records.data.map((r) => (r.tag ?? "").trim()).filter(Boolean);
  const existing = new Map<string, { id: string; status: AssetStatus; held: boolean }>();
  for (let i = 0; i < tags.length; i += 500) {
    const found = await db.asset.findMany({
      where: { tag: { in: tags.slice(i, i + 500) } },
      select: { id: true, tag: true, status: true, assignments: { where: { endedAt: null }, select: { id: true } } },
    });
    for (const a of found) existing.set(a.tag, { id: a.id, status: a.status, held: a.assignments.length > 0 });
  }
  const seen = new Set<string>();
  const lines: ImportLine[] = [];
  const planned: Planned[] = [];
  records.data.forEach((record) => {
    const line = record.line;
    const reasons: string[] = [];
    const tag = (record.tag ?? "").trim() || null;
    const lookup = (map: Map<string, string>, value: string | undefined, key: string) => {
      const name = (value ?? "").trim().toLowerCase();
      if (!name) return "";
      const id = map.get(name);
      if (!id) reasons.push(key);
      return id ?? "";
    };
    const typeName = (record.type ?? "").trim();
    const typeId = typeName ? lookup(typeIds, typeName, "errors.typeUnknown") : (reasons.push("errors.typeRequired"), "");
    const current = tag ? existing.get(tag) : undefined;
    const statusText = (record.status ?? "").trim().toLowerCase();
    // No status keeps an existing asset's own (a held one is not put back in stock by omission).
    const status = statusText ? (STATUS_WORDS[statusText] ?? STATUS_WORDS[statusText.replace(/ /g, "_")]) : (current?.status ?? "IN_STOCK");
    if (!status) reasons.push("errors.statusInvalid");
    else if (current && needsCheckIn(status, current.held)) reasons.push("errors.heldStatusNeedsCheckIn");
    const parsed = assetSchema.safeParse({
      tag: tag ?? "",
      name: record.name ?? "",
      typeId: typeId || "unknown",
      manufacturer: record.manufacturer ?? "",
      model: record.model ?? "",
      serialNumber: record.serial ?? "",
      status: status ?? "IN_STOCK",
      purchaseDate: record.purchase_date ?? "",
      purchaseCost: record.purchase_cost ?? "",
      warrantyEnd: record.warranty_end ?? "",
      locationId: lookup(locationIds, record.location, "errors.locationUnknown"),
      organizationId: lookup(organizationIds, record.organization, "errors.organizationUnknown"),
      notes: record.notes ?? "",
    });
    if (!parsed.success) for (const issue of parsed.error.issues) if (!reasons.includes(issue.message)) reasons.push(issue.message);
    if (tag) {
      if (seen.has(tag)) reasons.push("errors.tagDuplicateInFile");
      seen.add(tag);
    }
    const name = (record.name ?? "").trim().slice(0, 120);
    if (reasons.length > 0 || !parsed.success) {
      lines.push({ line, action: "reject", tag, name, reasons });
      return;
    }
    const action = current ? "update" : "create";
    lines.push({ line, action, tag, name });
    planned.push({ line, action, id: current?.id, tag, data: parsed.data });
  });
  const count = (a: ImportLine["action"]) => lines.filter((l) => l.action === a).length;
  return ok({ preview: { lines, creates: count("create"), updates: count("update"), rejects: count("reject") }, planned });
}

/** The database changed between the check and the write: the whole import is rolled back. */
class ImportConflict extends Error {}

/** The preview of an import: staff only; nothing is written. */
export async function previewAssetImport(viewer: ViewerLike, text: string): Promise<ActionResult<ImportPreview>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const result = await plan(text);
  return result.ok ? ok(result.data.preview) : result;
}

/**
 * Writes an import: the file is checked again (the database may have changed since the preview) and
 * its valid lines are written in one transaction; rejected lines are skipped, as the preview said.
 */
export async function applyAssetImport(viewer: ViewerLike, text: string): Promise<ActionResult<ImportPreview>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const result = await plan(text);
  if (!result.ok) return result;
  const { preview, planned } = result.data;
  if (planned.length === 0) return fail("errors.csvNothingToImport");
  try {
    await db.$transaction(
      async (tx) => {
        let nextTag: { prefix: string; n: number } | null = null;
        const entries: AuditEntry[] = [];
        // One audit entry per asset, so that each asset's trail shows the import.
        const entry = (action: string, id: string, row: Planned, tag: string | null) =>
          entries.push({ actorId: viewer.id, action, targetType: "Asset", targetId: id, data: { tag, name: row.data.name, status: row.data.status, import: true, line: row.line } });
        const creates: { row: Planned; tag: string }[] = [];
        for (const row of planned) {
          if (row.action === "update" && row.id) {
            // Not in stock or retired if someone checked the asset out since the file was checked.
            const written = await tx.asset.updateMany({ where: { id: row.id, ...unheldWhere(row.data.status) }, data: assetColumns(row.data) });
            if (written.count === 0) throw new ImportConflict();
            entry("asset.update", row.id, row, row.tag);
            continue;
          }
          let tag = row.tag;
          if (!tag) {
            if (!nextTag) {
              const first = await nextAssetTag(tx);
              const match = /^(.*?)(\d+)$/.exec(first)!;
              nextTag = { prefix: match[1], n: Number(match[2]) };
            }
            tag = `${nextTag.prefix}${String(nextTag.n++).padStart(6, "0")}`;
          }
          creates.push({ row, tag });
        }
        // New assets in one statement; their ids come back by tag (tags are unique).
        const created = await tx.asset.createManyAndReturn({ data: creates.map(({ row, tag }) => ({ ...assetColumns(row.data), tag })), select: { id: true, tag: true } });
        const idByTag = new Map(created.map((a) => [a.tag, a.id]));
        for (const { row, tag } of creates) entry("asset.create", idByTag.get(tag)!, row, tag);
        await auditMany(tx, entries);
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof ImportConflict || (error as { code?: string } | null)?.code === "P2002") return fail("errors.csvConflict");
    throw error;
  }
  return ok(preview);
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV of the list's current filter, for staff; null for anyone else. */
export async function exportAssetsCsv(viewer: ViewerLike, rawQuery: unknown): Promise<string | null> {
  if (!isStaff(viewer)) return null;
  const query = assetListQuerySchema.parse(rawQuery ?? {});
  const rows = await db.asset.findMany({
    where: await assetListWhere(query),
    orderBy: ASSET_ORDER[query.sort],
    take: EXPORT_MAX_ROWS,
    select: {
      tag: true, name: true, manufacturer: true, model: true, serialNumber: true, status: true, purchaseDate: true,
      purchaseCostCents: true, warrantyEnd: true, notes: true,
      type: { select: { name: true } }, location: { select: { name: true } }, organization: { select: { name: true } },
      assignments: { where: { endedAt: null }, take: 1, select: { user: { select: { email: true } } } },
    },
  });
  const records = rows.map((a) =>
    [
      a.tag, a.name, a.type.name, a.manufacturer ?? "", a.model ?? "", a.serialNumber ?? "", a.status,
      isoDate(a.purchaseDate), costText(a.purchaseCostCents), isoDate(a.warrantyEnd), a.location?.name ?? "",
      a.organization?.name ?? "", a.assignments[0]?.user.email ?? "", a.notes ?? "",
    ].map(neutralise),
  );
  return stringify([[...CSV_COLUMNS], ...records]);
}
