import { db } from "@/lib/db";
import { changePortalSettings, expect, formMessage, newPage, signIn, test } from "../fixtures";
import { makeAsset } from "../asset-helpers";

// Changes the portal's one settings row: runs in the "settings" project, alone, and puts back what it changes.
test.describe.configure({ mode: "default" });

test("an admin hides My assets from customers, then for everyone; their pages answer 404", async ({ page, browser, admin, agent, customer }) => {
  const asset = await makeAsset(agent, customer);
  const row = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  try {
    await signIn(page, admin);
    await page.goto("/admin/settings/portal");
    await page.getByLabel("Show to customers").uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Settings saved.");
    // The message stays from one save to the next: wait for each save in the row itself.
    const saved = (values: { assetsEnabled: boolean; assetsForCustomers: boolean }) =>
      expect.poll(async () => db.portalSettings.findUniqueOrThrow({ where: { id: 1 }, select: { assetsEnabled: true, assetsForCustomers: true } })).toEqual(values);
    await saved({ assetsEnabled: true, assetsForCustomers: false });

    const portal = await newPage(browser);
    await signIn(portal, customer);
    await expect(portal.getByRole("link", { name: "My assets" })).toHaveCount(0);
    expect((await portal.goto(`/assets/${asset.id}`))?.status()).toBe(404);

    await page.getByLabel("Show to customers").check();
    await page.getByLabel("My assets", { exact: true }).uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await saved({ assetsEnabled: false, assetsForCustomers: true });
    expect((await portal.goto("/assets"))?.status()).toBe(404);

    await page.getByLabel("My assets", { exact: true }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await saved({ assetsEnabled: true, assetsForCustomers: true });
    expect((await portal.goto("/assets"))?.status()).toBe(200);
    await expect(portal.getByTestId("my-assets")).toContainText(asset.tag);
  } finally {
    await changePortalSettings({ assetsEnabled: row.assetsEnabled, assetsForCustomers: row.assetsForCustomers, assetsForEmployees: row.assetsForEmployees, assetTagPrefix: row.assetTagPrefix });
  }
});
