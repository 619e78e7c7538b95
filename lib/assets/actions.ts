"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { getTranslations } from "next-intl/server";
import { checkInAndAskReturn, checkOutAndAskReceipt, type HandoverResult } from "@/lib/confirmations/handover";
import { bulkUpdateAssets, checkInAsset, checkOutAsset, deleteAssetLookup, saveAsset, saveAssetLookup } from "./service";
import { applyAssetImport, decodeCsv, previewAssetImport, type ImportPreview } from "./csv";

// Thin wrappers: read the form, find the viewer, let the service decide (it re-checks rights).

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const signedOut = () => translateResult<never>("assets", fail("errors.signedOut"));

export async function saveAssetAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const id = field(form, "id");
  const result = await saveAsset(viewer, {
    id,
    tag: field(form, "tag"),
    name: field(form, "name"),
    typeId: field(form, "typeId"),
    manufacturer: field(form, "manufacturer"),
    model: field(form, "model"),
    serialNumber: field(form, "serialNumber"),
    status: field(form, "status") as "IN_STOCK",
    purchaseDate: field(form, "purchaseDate"),
    purchaseCost: field(form, "purchaseCost"),
    warrantyEnd: field(form, "warrantyEnd"),
    locationId: field(form, "locationId"),
    organizationId: field(form, "organizationId"),
    notes: field(form, "notes"),
  });
  if (!result.ok) return translateResult("assets", result);
  revalidatePath("/admin/assets");
  redirect(`/admin/assets/${result.data.id}?saved=1`);
}

export async function checkOutAssetAction(_prev: ActionResult<{ assignmentId: string }> | null, form: FormData): Promise<ActionResult<{ assignmentId: string }>> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const assetId = field(form, "assetId");
  const input = { assetId, userId: field(form, "userId"), comment: field(form, "comment") };
  if (form.get("askReceipt") === "on") {
    const t = await getTranslations("assets");
    const result = await checkOutAndAskReceipt(viewer, input, (a) => t("handoverTitle", { tag: a.tag, name: a.name }));
    if (result.ok) revalidatePath(`/admin/assets/${assetId}`);
    return handoverMessage(result, (data) => ({ assignmentId: data.assignmentId }));
  }
  const result = await checkOutAsset(viewer, input);
  if (result.ok) revalidatePath(`/admin/assets/${assetId}`);
  return translateResult("assets", result);
}

/** A refused hand-over in the asset form's terms: the confirmation's first reason as the message. */
async function handoverMessage<T, U>(result: HandoverResult<T>, pick: (data: T) => U): Promise<ActionResult<U>> {
  if (result.ok) return { ok: true, data: pick(result.data) };
  if (!result.part) return translateResult<U>("assets", result);
  const translated = await translateResult<U>("confirmations", result);
  if (translated.ok) return translated;
  const reason = Object.values(translated.fieldErrors ?? {}).flat()[0] ?? translated.message;
  return { ok: false, message: reason, fieldErrors: { askReceipt: [reason] } };
}

export async function checkInAssetAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const assetId = field(form, "assetId");
  const input = { assetId, comment: field(form, "comment") };
  if (form.get("askReturn") === "on") {
    const t = await getTranslations("assets");
    const result = await checkInAndAskReturn(viewer, input, (a) => t("returnTitle", { tag: a.tag, name: a.name }));
    if (result.ok) revalidatePath(`/admin/assets/${assetId}`);
    return handoverMessage(result, () => undefined);
  }
  const result = await checkInAsset(viewer, input);
  if (result.ok) revalidatePath(`/admin/assets/${assetId}`);
  return translateResult("assets", result.ok ? ok(undefined) : result);
}

type BulkResult = ActionResult<{ changed: number; skipped: number }>;

/** The list's bulk bar: ticked ids and one change, "status:<STATUS>" or "checkIn". */
export async function bulkUpdateAssetsAction(_prev: BulkResult | null, form: FormData): Promise<BulkResult> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const change = field(form, "change");
  const ids = form.getAll("ids").filter((v): v is string => typeof v === "string");
  const result = await bulkUpdateAssets(viewer, {
    ids,
    change: change === "checkIn" ? { kind: "checkIn" } : change.startsWith("status:") ? { kind: "status", status: change.slice(7) } : { kind: "" },
  });
  if (result.ok) revalidatePath("/admin/assets");
  return translateResult("assets", result, { max: 100 });
}

export async function saveAssetLookupAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const kind = field(form, "kind") === "location" ? "location" : "type";
  const result = await saveAssetLookup(viewer, kind, { id: field(form, "id"), name: field(form, "name") });
  if (result.ok) revalidatePath("/admin/assets/lookups");
  return translateResult("assets", result);
}

export async function deleteAssetLookupAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return signedOut();
  const kind = field(form, "kind") === "location" ? "location" : "type";
  const result = await deleteAssetLookup(viewer, kind, field(form, "id"));
  if (result.ok) revalidatePath("/admin/assets/lookups");
  return translateResult("assets", result);
}

export type ImportState = (ActionResult<ImportPreview> & { stage: "preview" | "done"; csv: string }) | null;

/** Step one reads the uploaded file and previews it; step two ("confirm") writes the same text. */
export async function importAssetsAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getSession();
  if (!viewer) return { ...(await signedOut()), stage: "preview", csv: "" };
  if (form.get("confirm") === "1") {
    const csv = field(form, "csv");
    const result = await applyAssetImport(viewer, csv);
    if (result.ok) revalidatePath("/admin/assets");
    return { ...(await translateResult("assets", result, { max: 5000 })), stage: result.ok ? "done" : "preview", csv: result.ok ? "" : csv };
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ...(await translateResult<ImportPreview>("assets", fail("errors.csvEmpty"))), stage: "preview", csv: "" };
  const text = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) return { ...(await translateResult<ImportPreview>("assets", text, { max: 5000 })), stage: "preview", csv: "" };
  const result = await previewAssetImport(viewer, text.data);
  return { ...(await translateResult("assets", result, { max: 5000 })), stage: "preview", csv: result.ok ? text.data : "" };
}
