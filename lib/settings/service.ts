import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { BRANDING_DEFAULTS, FAVICON_MAX_BYTES, FAVICON_TYPES, LOGO_MAX_BYTES, LOGO_TYPES, portalSettingsSchema, type PortalSettingsInput } from "./schema";
import { announceChange } from "@/lib/realtime/kept";
import { SETTINGS_CHANGED } from "./queries";

type ViewerLike = Pick<Viewer, "id" | "role">;

/** A new logo as uploaded; `storage` is replaceable for tests. */
export type LogoUpload = { bytes: Uint8Array; storage?: FileStorage };
/** New branding images as uploaded (either may be missing); `storage` is replaceable for tests. */
export type BrandingUploads = { logo?: Uint8Array; favicon?: Uint8Array; storage?: FileStorage };

type ImageRule = { field: "logo" | "favicon"; maxBytes: number; types: Record<string, string> };
const LOGO: ImageRule = { field: "logo", maxBytes: LOGO_MAX_BYTES, types: LOGO_TYPES };
const FAVICON: ImageRule = { field: "favicon", maxBytes: FAVICON_MAX_BYTES, types: FAVICON_TYPES };

/** An image's type from its bytes (the rule's formats), or a refusal ("errors.logoEmpty" ...). */
async function checkImage(rule: ImageRule, bytes: Uint8Array): Promise<{ ok: true; contentType: string } | { ok: false; error: string }> {
  if (bytes.byteLength === 0) return { ok: false, error: `errors.${rule.field}Empty` };
  if (bytes.byteLength > rule.maxBytes) return { ok: false, error: `errors.${rule.field}TooLarge` };
  const detected = await fileTypeFromBuffer(bytes);
  const contentType = detected ? rule.types[detected.ext] : undefined;
  return contentType ? { ok: true, contentType } : { ok: false, error: `errors.${rule.field}Type` };
}

/**
 * An admin changes the portal's branding, modules and rules. Audited with what changed; replaced
 * logo and favicon files are removed once the new settings are saved. Messages are keys of
 * "portalSettings". `uploads` may be the older LogoUpload shape (a logo alone).
 */
export async function updatePortalSettings(viewer: ViewerLike, input: PortalSettingsInput, uploads?: LogoUpload | BrandingUploads): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const parsed = portalSettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { removeLogo, removeFavicon, ...values } = parsed.data;
  const files: BrandingUploads = uploads && "bytes" in uploads ? { logo: uploads.bytes, storage: uploads.storage } : (uploads ?? {});
  const storage = files.storage ?? fileStorage();

  const checked: { rule: ImageRule; bytes: Uint8Array; contentType: string }[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [rule, bytes] of [[LOGO, files.logo], [FAVICON, files.favicon]] as const) {
    if (!bytes || bytes.byteLength === 0) continue;
    const check = await checkImage(rule, bytes);
    if (check.ok) checked.push({ rule, bytes, contentType: check.contentType });
    else fieldErrors[rule.field] = [check.error];
  }
  if (Object.keys(fieldErrors).length) return fail("errors.invalid", fieldErrors);

  const stored: Record<string, string | null> = {};
  for (const { rule, bytes, contentType } of checked) {
    const key = `branding/${rule.field}-${randomUUID()}`;
    await storage.put(key, bytes);
    stored[`${rule.field}Key`] = key;
    stored[`${rule.field}ContentType`] = contentType;
  }
  if (removeLogo && !("logoKey" in stored)) Object.assign(stored, { logoKey: null, logoContentType: null });
  if (removeFavicon && !("faviconKey" in stored)) Object.assign(stored, { faviconKey: null, faviconContentType: null });
  return save(viewer, { ...values, ...stored }, "portalSettings.update", storage, () =>
    Promise.all(checked.map(({ rule }) => storage.delete(stored[`${rule.field}Key`]!))),
  );
}

/**
 * An admin puts the branding back as installed: name, texts, colours, light/dark, logo and favicon.
 * The module switches and rules stay as they are. Audited like any change.
 */
export async function resetBranding(viewer: ViewerLike, storage: FileStorage = fileStorage()): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  return save(viewer, { ...BRANDING_DEFAULTS, logoKey: null, logoContentType: null, faviconKey: null, faviconContentType: null }, "portalSettings.reset", storage);
}

type SettingsRow = Awaited<ReturnType<typeof db.portalSettings.upsert>>;

/** Writes the changed settings with their audit entry, then removes image files nothing points at. */
async function save(
  viewer: ViewerLike,
  data: Partial<Omit<SettingsRow, "id" | "updatedAt">>,
  action: string,
  storage: FileStorage,
  undoUploads?: () => Promise<unknown>,
): Promise<ActionResult> {
  const current = await db.portalSettings.upsert({ where: { id: 1 }, update: { id: 1 }, create: { id: 1 } });
  const changes = Object.fromEntries(
    (Object.keys(data) as (keyof typeof data)[])
      .filter((k) => data[k] !== undefined && data[k] !== current[k])
      .map((k) => [k, { from: current[k], to: data[k] }]),
  );
  try {
    await db.$transaction(async (tx) => {
      await tx.portalSettings.update({ where: { id: 1 }, data });
      await audit(tx, { actorId: viewer.id, action, targetType: "PortalSettings", targetId: 1, data: changes });
    });
  } catch (error) {
    await undoUploads?.();
    throw error;
  }
  await announceChange("settings", SETTINGS_CHANGED);
  // Replaced files go only once nothing points at them any more.
  for (const field of ["logoKey", "faviconKey"] as const) {
    const old = current[field];
    if (field in data && old && data[field] !== old) await storage.delete(old).catch(() => undefined);
  }
  return ok(undefined);
}
