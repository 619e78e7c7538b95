import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { PDF, PNG, SVG, tempStorage } from "@/test/files";
import Database from "better-sqlite3";
import { updatePortalSettings } from "./service";
import { publish } from "@/lib/realtime";
import { SETTINGS_CHANGED, getPortalSettings, invalidatePortalSettings } from "./queries";
import { contrastWithWhite, type PortalSettingsInput } from "./schema";

// The settings are one shared row: every test here puts it back as it found it (and keeps
// autoCloseDays at its default, which the auto-close tests rely on).
let original: Awaited<ReturnType<typeof db.portalSettings.upsert>>;
beforeAll(async () => {
  original = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});
afterAll(async () => {
  const { id: _id, updatedAt: _updatedAt, ...values } = original;
  await db.portalSettings.update({ where: { id: 1 }, data: values });
});

const valid = (): PortalSettingsInput => ({
  siteName: original.siteName,
  bannerText: original.bannerText,
  primaryColor: original.primaryColor,
  accentColor: original.accentColor,
  kbEnabled: original.kbEnabled,
  publicKbEnabled: original.publicKbEnabled,
  requireNewPassword: original.requireNewPassword,
  autoCloseDays: original.autoCloseDays,
  chatEnabled: original.chatEnabled,
  chatEmailDelayMinutes: original.chatEmailDelayMinutes,
});
const row = () => db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });

describe("portal settings", () => {
  it("an admin's change is saved and audited with what changed", async () => {
    const admin = await makeUser("ADMIN");
    const result = await updatePortalSettings(admin, { ...valid(), bannerText: "  Maintenance on Friday  ", primaryColor: "#0F766E" });
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await row()).toMatchObject({ bannerText: "Maintenance on Friday", primaryColor: "#0f766e" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "portalSettings.update" } });
    expect(JSON.parse(entry.data)).toEqual({
      bannerText: { from: original.bannerText, to: "Maintenance on Friday" },
      ...(original.primaryColor === "#0f766e" ? {} : { primaryColor: { from: original.primaryColor, to: "#0f766e" } }),
    });
    await updatePortalSettings(admin, valid());
  });

  it("an agent and a customer are refused and nothing changes", async () => {
    const before = await row();
    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      expect(await updatePortalSettings(viewer, { ...valid(), siteName: "Taken over" })).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await db.auditLog.count({ where: { actorId: viewer.id } })).toBe(0);
    }
    expect((await row()).updatedAt).toEqual(before.updatedAt);
  });

  it("refuses a malformed colour, a primary too light for white text and an out-of-range auto-close, changing nothing", async () => {
    const admin = await makeUser("ADMIN");
    const before = await row();
    expect(contrastWithWhite("#ffff00")).toBeLessThan(4.5);
    const cases: [Partial<PortalSettingsInput>, string, string][] = [
      [{ primaryColor: "red" }, "primaryColor", "errors.colourInvalid"],
      [{ accentColor: "#12345" }, "accentColor", "errors.colourInvalid"],
      [{ primaryColor: "#ffff00" }, "primaryColor", "errors.primaryUnreadable"],
      [{ autoCloseDays: 366 }, "autoCloseDays", "errors.autoCloseInvalid"],
      [{ autoCloseDays: -1 }, "autoCloseDays", "errors.autoCloseInvalid"],
      [{ autoCloseDays: "7.5" as unknown as number }, "autoCloseDays", "errors.autoCloseInvalid"],
      [{ siteName: "  " }, "siteName", "errors.siteNameRequired"],
    ];
    for (const [change, field, error] of cases) {
      const result = await updatePortalSettings(admin, { ...valid(), ...change, bannerText: "should not be saved" });
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, fieldErrors: { [field]: [error] } });
    }
    expect((await row()).updatedAt).toEqual(before.updatedAt);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("takes a PNG logo with its type, replaces it and removes the old file; refuses SVG, PDF and oversized files", async () => {
    const admin = await makeUser("ADMIN");
    const { storage } = tempStorage();
    expect(await updatePortalSettings(admin, valid(), { bytes: PNG, storage })).toMatchObject({ ok: true });
    const first = await row();
    expect(first.logoContentType).toBe("image/png");
    expect(await storage.get(first.logoKey!)).toEqual(PNG);

    for (const bytes of [SVG, PDF, new Uint8Array(600 * 1024)]) {
      const result = await updatePortalSettings(admin, valid(), { bytes, storage });
      expect(result).toMatchObject({ ok: false, fieldErrors: { logo: [expect.stringMatching(/^errors\.logo/)] } });
    }
    expect((await row()).logoKey).toBe(first.logoKey);

    expect(await updatePortalSettings(admin, valid(), { bytes: PNG, storage })).toMatchObject({ ok: true });
    const second = await row();
    expect(second.logoKey).not.toBe(first.logoKey);
    expect(await storage.get(first.logoKey!)).toBeNull();

    expect(await updatePortalSettings(admin, { ...valid(), removeLogo: true }, undefined)).toMatchObject({ ok: true });
    expect(await row()).toMatchObject({ logoKey: null, logoContentType: null });
  });

  it("the settings kept in memory give way at once to a change through the service", async () => {
    const admin = await makeUser("ADMIN");
    invalidatePortalSettings();
    expect((await getPortalSettings()).siteName).toBe(original.siteName);

    expect(await updatePortalSettings(admin, { ...valid(), siteName: "Help Centre" })).toMatchObject({ ok: true });
    expect((await getPortalSettings()).siteName).toBe("Help Centre");
    await updatePortalSettings(admin, valid());
    expect((await getPortalSettings()).siteName).toBe(original.siteName);
  });

  it.runIf(process.env.DATABASE_URL?.startsWith("file:"))("on SQLite, sees a change another process wrote to the file", async () => {
    expect((await getPortalSettings()).bannerText).toBe(original.bannerText);
    const other = new Database(process.env.DATABASE_URL!.slice("file:".length));
    try {
      other.prepare(`UPDATE "PortalSettings" SET "bannerText" = ? WHERE "id" = 1`).run("Written by the CLI");
      expect((await getPortalSettings()).bannerText).toBe("Written by the CLI");
      other.prepare(`UPDATE "PortalSettings" SET "bannerText" = ? WHERE "id" = 1`).run(original.bannerText);
    } finally {
      other.close();
    }
    expect((await getPortalSettings()).bannerText).toBe(original.bannerText);
  });

  it("another instance's change reaches this one through the settings event", async () => {
    expect((await getPortalSettings()).bannerText).toBe(original.bannerText);
    // What another instance does: write the row, then announce it.
    await db.portalSettings.update({ where: { id: 1 }, data: { bannerText: "Changed elsewhere" } });
    await publish("settings", SETTINGS_CHANGED);
    await expect.poll(async () => (await getPortalSettings()).bannerText, { timeout: 5_000 }).toBe("Changed elsewhere");
    await db.portalSettings.update({ where: { id: 1 }, data: { bannerText: original.bannerText } });
    await publish("settings", SETTINGS_CHANGED);
    await expect.poll(async () => (await getPortalSettings()).bannerText, { timeout: 5_000 }).toBe(original.bannerText);
  });
});
