import { db } from "@/lib/db";
import { PNG } from "@/test/files";
import { expect, fileTicket, signIn, test } from "../fixtures";
import { computedRgb, contrastOf, sameColour } from "../settings/settings-helpers";
import { makeKbCategory, publishArticle, uniqueWord } from "../kb/kb-fixtures";

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test("@phone a menu button opens the navigation; the content starts right under the header", async ({ page, customer }) => {
    await signIn(page, customer);
    const header = page.getByRole("banner");
    const height = await header.evaluate((h) => h.getBoundingClientRect().height);
    expect(height).toBeLessThan(80);
    const nav = page.getByRole("navigation", { name: "Portal" });
    await expect(nav).toBeHidden();
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "My tickets" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await menu.click();
    await nav.getByRole("link", { name: "My tickets" }).click();
    await expect(page).toHaveURL(/\/tickets$/);
    await expect(nav).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("the console's navigation fits one row at 1280 px in English and Spanish; admin screens sit under Settings", async ({ page, admin }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, admin);
  for (const language of ["English", "Español"]) {
    if (language === "Español") {
      await page.getByLabel("Language").selectOption("es");
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
    }
    const nav = page.getByRole("navigation").first();
    const tops = await nav.evaluate((n) => [...n.querySelectorAll(":scope > a, :scope > div > button")].map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(6);
    expect(new Set(tops).size, `${language}: ${tops.join(",")}`).toBe(1);
    await page.screenshot({ path: `test-results/console-nav-${language}.png` });
    const right = await nav.evaluate((n) => Math.max(...[...n.children].map((e) => e.getBoundingClientRect().right)));
    expect(right, language).toBeLessThanOrEqual(1280);
  }
  // Keyboard path into the Settings menu.
  const settings = page.getByRole("button", { name: "Configuración" });
  await settings.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Avisos" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "Avisos" })).toBeHidden();
  await page.getByLabel("Idioma").selectOption("en");
});

test("a ticket prints as its conversation alone; its page title names it; it shows urgency, dates and image thumbnails", async ({ page, customer }) => {
  const ticket = await fileTicket(customer, "Printer jam on floor 3");
  await signIn(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page).toHaveTitle(new RegExp(`^#${ticket.id} Printer jam on floor 3 · `));
  await expect(page.getByTestId("ticket-facts")).toContainText("Urgency:Medium");
  await expect(page.getByTestId("ticket-facts")).toContainText("Created:");
  await expect(page.getByTestId("ticket-facts")).toContainText("Last update:");

  await page.getByLabel("Your reply").fill("Here is a photo.");
  await page.getByLabel("Attachments").setInputFiles([{ name: "jam.png", mimeType: "image/png", buffer: Buffer.from(PNG) }]);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Your message was added.")).toBeVisible();
  const thumb = page.getByTestId("attachment-thumbnail");
  await expect(thumb).toHaveCount(1);
  // The image loads after the element appears: wait for its pixels.
  await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // The confirmation goes once the next message is started.
  await page.getByLabel("Your reply").fill("And one more thing");
  await expect(page.getByText("Your message was added.")).toHaveCount(0);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Portal" })).toBeHidden();
  await expect(page.getByLabel("Your reply")).toBeHidden();
  await expect(page.getByRole("button", { name: "This solved my problem" })).toBeHidden();
  await expect(page.getByTestId("ticket-message").filter({ hasText: "Here is a photo." })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Printer jam on floor 3/ })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("banner")).toBeVisible();
});

test("a page that does not exist has its own title; a skip link leads to the content", async ({ page, customer }) => {
  await signIn(page, customer);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found · /);
  await page.goto("/tickets/999999999");
  await expect(page).toHaveTitle(/^Page not found · /);

  await page.goto("/tickets");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  expect(await page.getByRole("main").count()).toBe(1);
});

test("new-ticket errors go from a field as soon as it is fixed; request types show drawn icons", async ({ page, customer }) => {
  await signIn(page, customer);
  await page.goto("/tickets/new");
  const icons = page.locator("fieldset svg[data-icon]");
  expect(await icons.count()).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page.getByText("Choose a category.")).toBeVisible();
  await expect(page.getByText("Enter a subject.")).toBeVisible();
  await page.getByRole("radio", { name: /Hardware/ }).check();
  await expect(page.getByText("Choose a category.")).toHaveCount(0);
  await expect(page.getByText("Enter a subject.")).toBeVisible();
  await page.getByLabel("Subject").fill("Screen flickers");
  await expect(page.getByText("Enter a subject.")).toHaveCount(0);
  expect(await db.ticket.count({ where: { requesterId: customer.id } })).toBe(0);
});

test("dark mode follows the device on the sign-in page", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/login");
  const body = page.locator("body");
  expect(sameColour(await computedRgb(body, "backgroundColor"), "rgb(2, 6, 23)")).toBe(true);
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  expect(contrastOf(await computedRgb(button, "color"), await computedRgb(button, "backgroundColor"))).toBeGreaterThanOrEqual(4.5);
  await page.emulateMedia({ colorScheme: "light" });
  expect(sameColour(await computedRgb(body, "backgroundColor"), "rgb(248, 250, 252)")).toBe(true);
  expect(sameColour(await computedRgb(button, "backgroundColor"), "rgb(29, 78, 216)")).toBe(true);
});

test("knowledge-base search finds words by their stems; an article in the other language is marked and comes after", async ({ page, customer, agent }) => {
  const category = await makeKbCategory();
  const w = uniqueWord();
  const spanish = await publishArticle(agent, { categoryId: category.id, title: `Atasco de impresoras ${w}`, body: "Abra la bandeja.", locale: "es" });
  const english = await publishArticle(agent, { categoryId: category.id, title: `Printer jam ${w}`, body: "Open the tray." });
  await signIn(page, customer);
  await page.goto(`/kb/search?q=${encodeURIComponent(`printers ${w}`)}`);
  const results = page.getByTestId("kb-results").getByRole("listitem");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(english.title);
  await page.goto(`/kb/search?q=${encodeURIComponent(`impresora ${w}`)}`);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(spanish.title);
  await expect(results.first().getByTestId("other-language")).toHaveText("In Spanish");
  // Both match the unique word: the reader's language first.
  await page.goto(`/kb/search?q=${w}`);
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toContainText(english.title);
  await expect(results.nth(1).getByTestId("other-language")).toBeVisible();
  // The category lists the reader's language first too ("Atasco" sorts before "Printer"), and names itself in the tab.
  await page.goto(`/kb/category/${category.slug}`);
  const listed = page.getByTestId("kb-category-articles").getByRole("listitem");
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText(english.title);
  await expect(listed.nth(1)).toContainText(spanish.title);
  await expect(listed.nth(1).getByTestId("other-language")).toHaveText("In Spanish");
  await expect(page).toHaveTitle(new RegExp(`^${category.nameEn} · `));
  await listed.nth(0).getByRole("link", { name: english.title }).click();
  await expect(page).toHaveTitle(new RegExp(`^${english.title} · `));
  // No results: said once.
  await page.goto(`/kb/search?q=${uniqueWord()}`);
  await expect(page.getByText(/No articles found for/)).toHaveCount(1);
});
