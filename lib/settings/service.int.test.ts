import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { PDF, PNG, SVG, tempStorage } from "@/test/files";
import Database from "better-sqlite3";
import { resetBranding, updatePortalSettings } from "./service";
import { publish } from "@/lib/realtime";
import { SETTINGS_CHANGED, getPortalSettings, invalidatePortalSettings } from "./queries";
import { BRANDING_DEFAULTS, contrast, contrastWithWhite, darkVariant, DARK_SURFACE, MIN_CONTRAST, type PortalSettingsInput } from "./schema";

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

/** A 1×1 ICO file: the ICONDIR header (reserved 0, type 1, one image) and its directory entry. */
const ICO = new Uint8Array([0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 32, 0, 40, 0, 0, 0, 22, 0, 0, 0, ...new Array(40).fill(0)]);

describe("branding, complete", () => {
  it("saves the texts in both languages, footer links and light/dark, audited; refuses a bad email, address and phone", async () => {
    const admin = await makeUser("ADMIN");
    const texts = {
      bannerTextEs: "Mantenimiento el viernes",
      welcomeTitleEn: "Welcome to Acme IT",
      welcomeTitleEs: "Bienvenido a Acme IT",
      welcomeTextEn: "We answer within a day.",
      welcomeTextEs: "Respondemos en un día.",
      supportPhone: "+34 910 000 000",
      supportEmail: "help@acme.test",
      privacyUrl: "https://acme.test/privacy",
      colorScheme: "dark" as const,
    };
    expect(await updatePortalSettings(admin, { ...valid(), ...texts })).toMatchObject({ ok: true });
    expect(await row()).toMatchObject(texts);
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "portalSettings.update" } });
    expect(JSON.parse(entry.data)).toMatchObject({ supportEmail: { to: "help@acme.test" }, colorScheme: { to: "dark" } });

    const before = await row();
    for (const [change, field, error] of [
      [{ supportEmail: "not an email" }, "supportEmail", "errors.emailInvalid"],
      [{ privacyUrl: "javascript:alert(1)" }, "privacyUrl", "errors.urlInvalid"],
      [{ supportPhone: "call me maybe" }, "supportPhone", "errors.phoneInvalid"],
      [{ colorScheme: "sepia" }, "colorScheme", "errors.invalid"],
      [{ accentColor: "#fde68a" }, "accentColor", "errors.accentUnreadable"],
    ] as [Partial<PortalSettingsInput>, string, string][]) {
      expect(await updatePortalSettings(admin, { ...valid(), ...change }), JSON.stringify(change)).toMatchObject({ ok: false, fieldErrors: { [field]: [error] } });
    }
    expect((await row()).updatedAt).toEqual(before.updatedAt);
  });

  it("takes a PNG or ICO favicon judged by its bytes, and refuses an SVG or a renamed PDF", async () => {
    const admin = await makeUser("ADMIN");
    const { storage } = tempStorage();
    expect(await updatePortalSettings(admin, valid(), { favicon: ICO, storage })).toMatchObject({ ok: true });
    const first = await row();
    expect(first.faviconContentType).toBe("image/x-icon");
    expect(await storage.get(first.faviconKey!)).toEqual(ICO);
    for (const bytes of [SVG, PDF]) {
      expect(await updatePortalSettings(admin, valid(), { favicon: bytes, storage })).toMatchObject({ ok: false, fieldErrors: { favicon: ["errors.faviconType"] } });
    }
    expect(await updatePortalSettings(admin, valid(), { favicon: PNG, storage })).toMatchObject({ ok: true });
    const second = await row();
    expect(second.faviconContentType).toBe("image/png");
    expect(await storage.get(first.faviconKey!)).toBeNull();
    expect(await updatePortalSettings(admin, { ...valid(), removeFavicon: true }, { storage })).toMatchObject({ ok: true });
    expect(await row()).toMatchObject({ faviconKey: null, faviconContentType: null });
  });

  it("resets the branding to its defaults, audited, keeping the switches; only admins may", async () => {
    const admin = await makeUser("ADMIN");
    const { storage } = tempStorage();
    await updatePortalSettings(admin, { ...valid(), siteName: "Acme", primaryColor: "#7c2d12", welcomeTitleEn: "Hi" }, { logo: PNG, storage });
    const logoKey = (await row()).logoKey!;
    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      expect(await resetBranding(viewer, storage)).toMatchObject({ ok: false, message: "errors.notAllowed" });
    }
    expect((await row()).siteName).toBe("Acme");
    expect(await resetBranding(admin, storage)).toMatchObject({ ok: true });
    const after = await row();
    expect(after).toMatchObject({ ...BRANDING_DEFAULTS, logoKey: null, kbEnabled: original.kbEnabled, autoCloseDays: original.autoCloseDays });
    expect(await storage.get(logoKey)).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "portalSettings.reset" } });
    expect(JSON.parse(entry.data)).toMatchObject({ siteName: { from: "Acme", to: "Portico" }, primaryColor: { from: "#7c2d12", to: "#1d4ed8" } });
  });

  it("makes dark-mode brand colours that contrast with the dark surface, for any accepted colour", () => {
    for (const hex of ["#1d4ed8", "#7c2d12", "#000000", "#0f766e", "#6d28d9", "#be123c"]) {
      expect(contrast(darkVariant(hex), DARK_SURFACE), hex).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
