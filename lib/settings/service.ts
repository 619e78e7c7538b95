import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { LOGO_MAX_BYTES, LOGO_TYPES, portalSettingsSchema, type PortalSettingsInput } from "./schema";
import { announce } from "@/lib/realtime";
import { SETTINGS_CHANGED, invalidatePortalSettings } from "./queries";

type ViewerLike = Pick<Viewer, "id" | "role">;

/** A new logo as uploaded; `storage` is replaceable for tests. */
export type LogoUpload = { bytes: Uint8Array; storage?: FileStorage };

/** The logo's type from its bytes (PNG, JPEG or WebP), or a refusal. */
async function checkLogo(bytes: Uint8Array): Promise<{ ok: true; contentType: string } | { ok: false; error: string }> {
  if (bytes.byteLength === 0) return { ok: false, error: "errors.logoEmpty" };
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, error: "errors.logoTooLarge" };
  const detected = await fileTypeFromBuffer(bytes);
  const contentType = detected ? LOGO_TYPES[detected.ext] : undefined;
  return contentType ? { ok: true, contentType } : { ok: false, error: "errors.logoType" };
}

/**
 * An admin changes the portal's branding, modules and rules. Audited with what changed; the old
 * logo file is removed once the new settings are saved. Messages are keys of "portalSettings".
 */
export async function updatePortalSettings(viewer: ViewerLike, input: PortalSettingsInput, logo?: LogoUpload): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notAllowed");
  const parsed = portalSettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { removeLogo, ...values } = parsed.data;
  const storage = logo?.storage ?? fileStorage();
  let newLogo: { logoKey: string; logoContentType: string } | null = null;
  if (logo && logo.bytes.byteLength > 0) {
    const check = await checkLogo(logo.bytes);
    if (!check.ok) return fail("errors.invalid", { logo: [check.error] });
    newLogo = { logoKey: `branding/logo-${randomUUID()}`, logoContentType: check.contentType };
    await storage.put(newLogo.logoKey, logo.bytes);
  }
  const current = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  const logoChange: { logoKey: string | null; logoContentType: string | null } | null = newLogo ?? (removeLogo ? { logoKey: null, logoContentType: null } : null);
  // Fields left out (undefined) stay as they are.
  const data = Object.fromEntries(Object.entries({ ...values, ...logoChange }).filter(([, v]) => v !== undefined)) as typeof values & Partial<NonNullable<typeof logoChange>>;
  const changes = Object.fromEntries(
    (Object.keys(data) as (keyof typeof data)[])
      .filter((k) => data[k] !== undefined && data[k] !== current[k])
      .map((k) => [k, { from: current[k], to: data[k] }]),
  );
  try {
    await db.$transaction(async (tx) => {
      await tx.portalSettings.update({ where: { id: 1 }, data });
      await audit(tx, { actorId: viewer.id, action: "portalSettings.update", targetType: "PortalSettings", targetId: 1, data: changes });
    });
  } catch (error) {
    if (newLogo) await storage.delete(newLogo.logoKey);
    throw error;
  }
  invalidatePortalSettings();
  announce("settings", SETTINGS_CHANGED);
  // The replaced file goes only once nothing points at it any more.
  if (logoChange && current.logoKey) await storage.delete(current.logoKey).catch(() => undefined);
  return ok(undefined);
}
