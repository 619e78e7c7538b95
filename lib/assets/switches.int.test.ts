import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { portalModulesFor } from "@/lib/portal/modules";
import { updatePortalSettings } from "@/lib/settings/service";
import { createTicket } from "@/lib/tickets/service";
import { checkOutAsset, saveAsset, saveAssetLookup } from "./service";

// The settings are one shared row: put back as found.
let original: Awaited<ReturnType<typeof db.portalSettings.upsert>>;
beforeAll(async () => {
  original = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});
afterAll(async () => {
  await db.portalSettings.update({
    where: { id: 1 },
    data: { assetsEnabled: original.assetsEnabled, assetsForEmployees: original.assetsForEmployees, assetsForCustomers: original.assetsForCustomers, assetTagPrefix: original.assetTagPrefix },
  });
});

const base = () => ({
  siteName: original.siteName, bannerText: original.bannerText, primaryColor: original.primaryColor, accentColor: original.accentColor,
  kbEnabled: original.kbEnabled, publicKbEnabled: original.publicKbEnabled, requireNewPassword: original.requireNewPassword, autoCloseDays: original.autoCloseDays,
  chatEnabled: original.chatEnabled, chatEmailDelayMinutes: original.chatEmailDelayMinutes,
});

describe("the assets switches", () => {
  it("shows My assets by person kind, the global switch and the person's own option", async () => {
    const admin = await makeUser("ADMIN");
    const customer = await makeUser("CUSTOMER");
    const employee = await makeUser("AGENT");
    const hidden = await makeUser("CUSTOMER");
    await db.userPortalOptions.update({ where: { userId: hidden.id }, data: { showAssets: false } });
    const set = async (values: { assetsEnabled: boolean; assetsForEmployees: boolean; assetsForCustomers: boolean }) => {
      expect(await updatePortalSettings(admin, { ...base(), ...values, assetTagPrefix: "AST-" })).toEqual({ ok: true, data: undefined });
    };
    await set({ assetsEnabled: true, assetsForEmployees: true, assetsForCustomers: false });
    expect((await portalModulesFor(customer.id)).assets).toBe(false);
    expect((await portalModulesFor(employee.id)).assets).toBe(true);
    await set({ assetsEnabled: true, assetsForEmployees: false, assetsForCustomers: true });
    expect((await portalModulesFor(customer.id)).assets).toBe(true);
    expect((await portalModulesFor(employee.id)).assets).toBe(false);
    expect((await portalModulesFor(hidden.id)).assets).toBe(false);
    await set({ assetsEnabled: false, assetsForEmployees: true, assetsForCustomers: true });
    expect((await portalModulesFor(customer.id)).assets).toBe(false);
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "portalSettings.update" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(entry.data)).toMatchObject({ assetsEnabled: { from: true, to: false } });
  });

  it("refuses a bad tag prefix and an agent changing the switches", async () => {
    const admin = await makeUser("ADMIN");
    const agent = await makeUser("AGENT");
    expect(await updatePortalSettings(admin, { ...base(), assetTagPrefix: "=cmd" })).toMatchObject({ ok: false, fieldErrors: { assetTagPrefix: ["errors.assetTagPrefixInvalid"] } });
    expect(await updatePortalSettings(agent, { ...base(), assetsEnabled: false })).toMatchObject({ ok: false, message: "errors.notAllowed" });
    expect((await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).assetTagPrefix).not.toBe("=cmd");
  });

  it("with the global switch off, a ticket cannot name an asset the requester holds", async () => {
    const admin = await makeUser("ADMIN");
    const agent = await makeUser("AGENT");
    const customer = await makeUser("CUSTOMER");
    const type = await saveAssetLookup(admin, "type", { name: `Tablet ${Date.now()}` });
    if (!type.ok) throw new Error("type");
    const asset = await saveAsset(agent, { tag: `SW-${Date.now()}`, name: "iPad", typeId: type.data.id, status: "IN_STOCK" });
    if (!asset.ok) throw new Error("asset");
    await checkOutAsset(agent, { assetId: asset.data.id, userId: customer.id });
    const categoryId = (await makeCategory()).id;
    const file = (viewer: typeof customer, extra: Record<string, unknown> = {}) =>
      createTicket(viewer, { subject: "Cracked screen", description: "Dropped it.", categoryId, urgency: "MEDIUM", assetId: asset.data.id, ...extra });
    const set = async (assetsEnabled: boolean) =>
      expect(await updatePortalSettings(admin, { ...base(), assetsEnabled, assetsForEmployees: true, assetsForCustomers: true, assetTagPrefix: "AST-" })).toEqual({ ok: true, data: undefined });
    await set(true);
    expect((await file(customer)).ok).toBe(true);
    await set(false);
    try {
      expect(await file(customer)).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
      expect(await file(agent, { requesterId: customer.id })).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
    } finally {
      await set(true);
    }
  });
});
