import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { checkOutAsset, saveAsset } from "@/lib/assets/service";
import { retryWhileLocked, type Person } from "./fixtures";

// Assets for the browser tests, made through the app's own services (retrying SQLite's busy lock
// with the shared fixtures' retryWhileLocked: the server writes the same file).

/** An asset type with a unique name (admins manage the list; made straight in the database here). */
export async function makeAssetType(name = `Laptop ${randomUUID().slice(0, 6)}`) {
  return retryWhileLocked(() => db.assetType.create({ data: { name }, select: { id: true, name: true } }));
}

/** An asset saved by `agent`, checked out to `holder` when given. */
export async function makeAsset(agent: Person, holder?: Person, extra: { name?: string; warrantyEnd?: string } = {}) {
  const type = await makeAssetType();
  const tag = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  const saved = await retryWhileLocked(() =>
    saveAsset(agent, { tag, name: extra.name ?? `ThinkPad ${tag.slice(4)}`, typeId: type.id, status: "IN_STOCK", serialNumber: `SN${tag.slice(4)}`, warrantyEnd: extra.warrantyEnd ?? "" }),
  );
  if (!saved.ok) throw new Error(`makeAsset: ${JSON.stringify(saved)}`);
  if (holder) {
    const out = await retryWhileLocked(() => checkOutAsset(agent, { assetId: saved.data.id, userId: holder.id }));
    if (!out.ok) throw new Error(`makeAsset checkout: ${JSON.stringify(out)}`);
  }
  return { id: saved.data.id, tag, name: extra.name ?? `ThinkPad ${tag.slice(4)}`, type };
}
