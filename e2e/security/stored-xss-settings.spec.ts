import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveAnnouncement } from "@/lib/announcements/service";
import { portalSettingsSchema } from "@/lib/settings/schema";
import { updatePortalSettings } from "@/lib/settings/service";
import { expect, signIn, test } from "../fixtures";
import { restoring } from "../settings/settings-helpers";
import { expectNothingRan, packed, short, watch } from "./xss-corpus";

// The corpus through the texts an admin writes for everyone: site name, banner, welcome headline
// and text, announcements. They show on every portal page, so this spec runs alone (the "settings"
// project) and puts back what it changed.

test.describe.configure({ mode: "default", timeout: 600_000 });

test("payloads in the portal's name, banner and welcome texts run nowhere", async ({ browser, admin, customer }) => {
  const customerPage = await (await browser.newContext()).newPage();
  const customerDialogs = await watch(customerPage);
  await signIn(customerPage, customer);
  const anonymousPage = await (await browser.newContext()).newPage();
  const anonymousDialogs = await watch(anonymousPage);
  const adminPage = await (await browser.newContext()).newPage();
  const adminDialogs = await watch(adminPage);
  await signIn(adminPage, admin);

  const texts = ["siteName", "bannerText", "bannerTextEs", "welcomeTitleEn", "welcomeTitleEs", "welcomeTextEn", "welcomeTextEs"] as const;
  await restoring([...texts], async () => {
    const row = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    const current = Object.fromEntries(Object.keys(portalSettingsSchema.shape).map((key) => [key, (row as Record<string, unknown>)[key] ?? undefined]));
    const banners = packed(300);
    const welcomes = packed(600);
    const tag = randomUUID().slice(0, 6);
    // Round by round until every payload has been in the banner and in the welcome text.
    for (let i = 0; i < Math.max(banners.length, welcomes.length); i++) {
      const saved = await updatePortalSettings(admin, {
        ...(current as Parameters<typeof updatePortalSettings>[1]),
        siteName: short(i, 80, tag),
        bannerText: banners[i % banners.length],
        bannerTextEs: banners[(i + 1) % banners.length],
        welcomeTitleEn: short(i + 1, 120, tag),
        welcomeTitleEs: short(i + 2, 120, tag),
        welcomeTextEn: welcomes[i % welcomes.length],
        welcomeTextEs: welcomes[(i + 1) % welcomes.length],
      });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      await expectNothingRan(customerPage, "/", customerDialogs);
      await expectNothingRan(anonymousPage, "/login", anonymousDialogs);
      if (i === 0) {
        await expectNothingRan(customerPage, "/tickets", customerDialogs);
        await expectNothingRan(adminPage, "/admin", adminDialogs);
        await expectNothingRan(adminPage, "/admin/settings/portal", adminDialogs);
      }
    }
    // The admin's form shows what was saved, as text.
    await adminPage.goto("/admin/settings/portal");
    await expect(adminPage.locator("#bannerText")).toHaveValue(banners[(Math.max(banners.length, welcomes.length) - 1) % banners.length].trim());
  });
});

test("payloads in announcements run nowhere", async ({ browser, admin, customer }) => {
  const created: string[] = [];
  try {
    const now = Date.now();
    for (const [i, message] of packed(500).entries()) {
      const saved = await saveAnnouncement(admin, {
        severity: (["INFO", "WARNING", "OUTAGE"] as const)[i % 3],
        messageEn: message,
        messageEs: message,
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 3600_000).toISOString(),
      });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      created.push(saved.data.id);
    }
    const customerPage = await (await browser.newContext()).newPage();
    const customerDialogs = await watch(customerPage);
    await signIn(customerPage, customer);
    await expectNothingRan(customerPage, "/", customerDialogs);
    await expectNothingRan(customerPage, "/tickets", customerDialogs);
    const adminPage = await (await browser.newContext()).newPage();
    const adminDialogs = await watch(adminPage);
    await signIn(adminPage, admin);
    await expectNothingRan(adminPage, "/admin/announcements", adminDialogs);
    for (const id of created.slice(0, 3)) await expectNothingRan(adminPage, `/admin/announcements/${id}`, adminDialogs);
  } finally {
    await db.announcement.deleteMany({ where: { id: { in: created } } });
  }
});
