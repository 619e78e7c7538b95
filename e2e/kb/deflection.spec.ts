import { db } from "@/lib/db";
import { DEFLECTION_WINDOW_MS, deflectionOutcomes } from "@/lib/kb/report";
import { expect, signIn, test } from "../fixtures";
import { makeKbCategory, publishArticle, uniqueWord } from "./kb-fixtures";

// Several sign-ins and page loads each; this machine's production server is not fast.
test.describe.configure({ timeout: 90_000 });

test("a suggested article opened from the new-ticket form, then no ticket, counts as a deflected ticket", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  const category = await makeKbCategory();
  const article = await publishArticle(agent, { categoryId: category.id, title: `Printer error E-203 ${w}`, body: "Paper is jammed in the output tray." });
  const internal = await publishArticle(agent, { categoryId: category.id, title: `Printer internal notes ${w}`, visibility: "INTERNAL" });

  await signIn(page, customer);
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").pressSequentially(`printer ${w}`, { delay: 20 });
  const suggestions = page.getByTestId("kb-suggestions");
  await expect(suggestions.getByRole("link", { name: article.title })).toBeVisible();
  await expect(suggestions.getByText(internal.title)).toHaveCount(0);

  const [tab] = await Promise.all([page.waitForEvent("popup"), suggestions.getByRole("link", { name: article.title }).click()]);
  await expect(tab.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByLabel("Subject")).toHaveValue(`printer ${w}`);
  await expect.poll(() => db.kbSuggestionOpen.count({ where: { userId: customer.id, articleId: article.id } })).toBe(1);
  await tab.close();
  await page.goto("/tickets");
  expect(await db.ticket.count({ where: { requesterId: customer.id } })).toBe(0);

  // A day later, with still no ticket from this customer, the draft counts as deflected.
  await db.kbSuggestionOpen.updateMany({ where: { userId: customer.id }, data: { openedAt: new Date(Date.now() - DEFLECTION_WINDOW_MS - 60_000) } });
  await page.context().clearCookies();
  await signIn(page, agent);
  await page.goto("/admin/kb/report");
  const report = page.getByTestId("kb-report-deflections");
  await expect(report).toContainText(article.title);
  expect(Number(await report.getByTestId("deflected-count").textContent())).toBeGreaterThanOrEqual(1);
});

test("opening a suggestion and then sending the ticket is not a deflection", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  const category = await makeKbCategory();
  const article = await publishArticle(agent, { categoryId: category.id, title: `Wi-Fi drops ${w}` });

  await signIn(page, customer);
  await page.goto("/tickets/new");
  await page.getByRole("radio", { name: /Network and Wi-Fi/ }).check();
  await page.getByLabel("Subject").pressSequentially(`Wi-Fi drops ${w}`, { delay: 20 });
  const link = page.getByTestId("kb-suggestions").getByRole("link", { name: article.title });
  const [tab] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  await tab.close();
  await expect.poll(() => db.kbSuggestionOpen.count({ where: { userId: customer.id } })).toBe(1);
  await page.getByLabel("Description").fill("The article did not help: it still drops.");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);

  const open = await db.kbSuggestionOpen.findFirstOrThrow({ where: { userId: customer.id }, select: { draftId: true } });
  const later = new Date(Date.now() + DEFLECTION_WINDOW_MS + 60_000);
  const outcome = (await deflectionOutcomes(new Date(Date.now() - 60 * 60_000), later)).find((o) => o.draftId === open.draftId);
  expect(outcome?.outcome).toBe("filed");
});
