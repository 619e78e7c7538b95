import type { BrowserContext, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { PNG } from "@/test/files";
import { changePortalSettings, expect, formMessage, newPage, signIn, test, type Person } from "../fixtures";

// The portal settings are one row shared by every spec running against the server: each test
// puts back the fields it changes as soon as it has seen the effect, and only those.
// Playwright runs this file alone after the other specs ("settings" project), one test at a time.
test.describe.configure({ mode: "default" });

type SettingsRow = Awaited<ReturnType<typeof db.portalSettings.findUniqueOrThrow>>;
async function restoring<K extends keyof SettingsRow>(fields: K[], run: () => Promise<void>) {
  const row = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  const original = Object.fromEntries(fields.map((f) => [f, row[f]]));
  try {
    await run();
  } finally {
    await changePortalSettings(original);
  }
}

async function openSettings(page: Page) {
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Portal settings" }).click();
  await expect(page.getByRole("heading", { name: "Portal settings" })).toBeVisible();
}

test("an admin rebrands the portal and turns the knowledge base off; customers see it at once", async ({ page, browser, admin, customer }) => {
  await restoring(["siteName", "bannerText", "primaryColor", "logoKey", "logoContentType", "kbEnabled"], async () => {
    await signIn(page, admin);
    await openSettings(page);
    await page.getByLabel("Site name").fill("Acme Help");
    await page.getByLabel("Banner text", { exact: true }).fill("Maintenance on Friday 18:00");
    await page.getByLabel("Primary colour", { exact: true }).fill("#7c2d12");
    await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
    await page.getByLabel("Knowledge base", { exact: true }).uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Settings saved.");

    const portal = await newPage(browser);
    await signIn(portal, customer);
    await portal.goto("/tickets");
    await expect(portal.getByRole("link", { name: "Acme Help" })).toBeVisible();
    await expect(portal.getByTestId("portal-banner")).toHaveText("Maintenance on Friday 18:00");
    expect(await portal.locator("body").evaluate((b) => getComputedStyle(b).getPropertyValue("--brand").trim())).toBe("#7c2d12");
    await expect(portal.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Knowledge base" })).toHaveCount(0);
    expect((await portal.goto("/kb"))?.status()).toBe(404);

    const logoSrc = await portal.getByTestId("brand-logo").first().getAttribute("src");
    const logo = await portal.request.get(logoSrc!);
    expect(logo.status()).toBe(200);
    expect(logo.headers()["content-type"]).toBe("image/png");
    expect(logo.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(await logo.body())).toEqual(Buffer.from(PNG));
  });
});

test("a primary colour too light for white text is refused and the form keeps what was typed", async ({ page, admin }) => {
  await restoring(["bannerText", "primaryColor"], async () => {
    const before = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    await signIn(page, admin);
    await openSettings(page);
    await page.getByLabel("Banner text", { exact: true }).fill("Not saved");
    await page.getByLabel("Primary colour", { exact: true }).fill("#ffff00");
    await expect(page.getByText("White text is hard to read on this colour; it will be refused.")).toBeVisible();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Please correct the highlighted fields.");
    await expect(page.getByText("contrast below 4.5:1")).toBeVisible();
    await expect(page.getByLabel("Banner text", { exact: true })).toHaveValue("Not saved");
    expect((await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(before.updatedAt);
  });
});

test("with the public knowledge base on, a signed-out visitor reads /kb", async ({ page, admin, browser }) => {
  await restoring(["kbEnabled", "publicKbEnabled"], async () => {
    await signIn(page, admin);
    await openSettings(page);
    await page.getByLabel("Knowledge base", { exact: true }).check();
    await page.getByLabel("Public knowledge base").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Settings saved.");
    const visitor = await newPage(browser);
    const response = await visitor.goto("/kb");
    expect(response?.status()).toBe(200);
    await expect(visitor).toHaveURL(/\/kb$/);
    await expect(visitor.getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});

/** The admin's settings form, sent with another person's session cookie. */
async function sendAs(page: Page, context: BrowserContext, other: BrowserContext) {
  await context.clearCookies();
  await context.addCookies(await other.cookies());
  await page.getByLabel("Banner text", { exact: true }).fill("Forged banner");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(formMessage(page)).toContainText("Only administrators can change the portal settings.");
}

test("a customer and an agent get a 404 on the settings page, and its action refuses them", async ({ page, context, browser, admin, customer, agent }) => {
  const before = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
  for (const person of [customer, agent] as Person[]) {
    const other = await newPage(browser);
    await signIn(other, person);
    expect((await other.goto("/admin/settings/portal"))?.status(), person.role).toBe(404);
    await expect(other.getByRole("button", { name: "Save settings" })).toHaveCount(0);

    await context.clearCookies();
    await signIn(page, admin);
    await page.goto("/admin/settings/portal");
    await sendAs(page, context, other.context());
  }
  expect((await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(before.updatedAt);
});

test("@phone the settings form fits a 375 px screen", async ({ page, admin }) => {
  await signIn(page, admin);
  await page.goto("/admin/settings/portal");
  await expect(page.getByRole("button", { name: "Save settings" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
