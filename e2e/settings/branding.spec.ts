import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { PNG } from "@/test/files";
import { changePortalSettings, expect, formMessage, newPage, signIn, test } from "../fixtures";
import { computedRgb, contrastOf, restoring, rgb, sameColour } from "./settings-helpers";

// Runs in the "settings" project (alone, after the others): it changes the one settings row.
test.describe.configure({ mode: "default" });

const BRAND = "#7c2d12";
const ACCENT = "#6d28d9";
const BRANDING_FIELDS = [
  "siteName", "primaryColor", "accentColor", "logoKey", "logoContentType", "faviconKey", "faviconContentType", "welcomeTitleEn",
  "welcomeTitleEs", "welcomeTextEn", "bannerText", "bannerTextEs", "supportEmail", "supportPhone", "privacyUrl", "colorScheme",
] as const;

async function openSettings(page: Page) {
  await page.goto("/admin/settings/portal");
  await expect(page.getByRole("heading", { name: "Portal settings" })).toBeVisible();
}

const background = (_page: Page, target: Locator) => computedRgb(target, "backgroundColor");
const colour = (target: Locator) => computedRgb(target, "color");
/** The computed colour is the brand's (up to rounding), as a readable assertion. */
const expectColour = (actual: string, hex: string) => expect(sameColour(actual, rgb(hex)), `${actual} is not ${hex}`).toBe(true);

test("saved brand colours, logo, favicon, texts and footer apply on sign-in, portal and console, by computed style", async ({ page, browser, admin, customer }) => {
  await restoring([...BRANDING_FIELDS], async () => {
    await signIn(page, admin);
    await openSettings(page);
    await page.getByLabel("Site name").fill("Acme IT Help");
    await page.getByLabel("Primary colour", { exact: true }).fill(BRAND);
    await page.getByLabel("Accent colour", { exact: true }).fill(ACCENT);
    await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
    await page.getByLabel("Favicon").setInputFiles({ name: "favicon.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
    await page.getByLabel("Welcome headline (English)").fill("Welcome to Acme IT");
    await page.getByLabel("Welcome headline (Spanish)").fill("Bienvenido a Acme IT");
    await page.getByLabel("Welcome text (English)").fill("We answer within one working day.");
    await page.getByLabel("Support email").fill("help@acme.test");
    await page.getByLabel("Privacy policy address").fill("https://acme.test/privacy");
    // The live preview follows the unsaved form.
    await expect(page.getByTestId("preview-phone").getByText("Welcome to Acme IT")).toBeVisible();
    expectColour(await background(page, page.getByTestId("preview-desktop").getByText("New ticket")), BRAND);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Settings saved.");

    // Console: the brand colour on its links and buttons (live, no restart).
    await page.goto("/admin");
    expectColour(await colour(page.getByRole("link", { name: /Acme IT Help · Console/ })), BRAND);
    expectColour(await background(page, page.getByRole("button", { name: "Apply", exact: true })), BRAND);

    // Sign-in page: logo, brand colour on the button, favicon in the head.
    const visitor = await newPage(browser);
    await visitor.goto("/login");
    const logo = visitor.getByTestId("brand-logo");
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expectColour(await background(visitor, visitor.getByRole("button", { name: "Sign in", exact: true })), BRAND);
    const favicon = await visitor.locator('link[rel="icon"]').getAttribute("href");
    expect(favicon).toMatch(/^\/api\/branding\/favicon\?v=/);
    const icon = await visitor.request.get(favicon!);
    expect(icon.headers()["content-type"]).toBe("image/png");
    expect(Buffer.from(await icon.body())).toEqual(Buffer.from(PNG));

    // Portal: headline, the brand on the button and links, the accent on the tiles, the footer.
    const portal = await newPage(browser);
    await signIn(portal, customer);
    await expect(portal.getByRole("heading", { name: "Welcome to Acme IT" })).toBeVisible();
    await expect(portal).toHaveTitle("Home · Acme IT Help");
    expectColour(await background(portal, portal.getByRole("main").getByRole("link", { name: "New ticket" })), BRAND);
    expectColour(await colour(portal.getByRole("link", { name: "Acme IT Help" })), BRAND);
    expectColour(await background(portal, portal.locator('[data-tile="tickets"] span.bg-accent')), ACCENT);
    const footer = portal.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "help@acme.test" })).toHaveAttribute("href", "mailto:help@acme.test");
    await expect(footer.getByRole("link", { name: "Privacy policy" })).toHaveAttribute("href", "https://acme.test/privacy");
    // In Spanish, the Spanish headline (the English welcome text stands in for the missing Spanish one).
    await portal.getByLabel("Language").selectOption("es");
    await expect(portal.getByRole("heading", { name: "Bienvenido a Acme IT" })).toBeVisible();
    await portal.getByLabel("Idioma").selectOption("en");

    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "portalSettings.update" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(entry.data)).toMatchObject({ primaryColor: { to: BRAND }, supportEmail: { to: "help@acme.test" } });
  });
});

test("dark mode follows the device, keeps the brand readable, and the admin's light default wins", async ({ page, admin, customer }) => {
  await restoring(["primaryColor", "colorScheme"], async () => {
    await changePortalSettings({ primaryColor: BRAND, colorScheme: "system" });
    await signIn(page, customer);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const bodyBg = await background(page, page.locator("body"));
    expectColour(bodyBg, "#020617");
    const siteLink = page.getByRole("banner").getByRole("link").first();
    expect(contrastOf(await colour(siteLink), await background(page, page.getByRole("banner")))).toBeGreaterThanOrEqual(4.5);
    const button = page.getByRole("main").getByRole("link", { name: "New ticket" });
    expect(contrastOf(await colour(button), await background(page, button))).toBeGreaterThanOrEqual(4.5);
    const heading = page.getByRole("heading", { level: 1 });
    expect(contrastOf(await colour(heading), await background(page, page.locator("body")))).toBeGreaterThanOrEqual(4.5);

    await page.emulateMedia({ colorScheme: "light" });
    expectColour(await background(page, button), BRAND);

    // The admin's default "Always light": light pages on a dark device.
    const adminPage = page;
    await changePortalSettings({ colorScheme: "light" });
    await adminPage.emulateMedia({ colorScheme: "dark" });
    await adminPage.goto("/");
    expectColour(await background(adminPage, adminPage.getByRole("main").getByRole("link", { name: "New ticket" })), BRAND);
    void admin;
  });
});

test("reset to defaults asks first, then puts the branding back", async ({ page, admin }) => {
  await restoring([...BRANDING_FIELDS], async () => {
    await changePortalSettings({ siteName: "Before Reset", primaryColor: BRAND, welcomeTitleEn: "Old headline" });
    await signIn(page, admin);
    await openSettings(page);
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    await expect(page.getByLabel("Site name")).toHaveValue("Before Reset");
    expect((await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).siteName).toBe("Before Reset");

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    await expect(page.getByText("The branding is back to its defaults.")).toBeVisible();
    await expect(page.getByLabel("Site name")).toHaveValue("Portico");
    await expect(page.getByLabel("Primary colour", { exact: true })).toHaveValue("#1d4ed8");
    expect(await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ siteName: "Portico", primaryColor: "#1d4ed8", welcomeTitleEn: "" });
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: "portalSettings.reset" } })).toBe(1);
  });
});
