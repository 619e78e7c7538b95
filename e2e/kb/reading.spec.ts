import { db } from "@/lib/db";
import { expect, signIn, test } from "../fixtures";
import { makeKbCategory, publishArticle, uniqueWord } from "./kb-fixtures";

// Several sign-ins and page loads each; this machine's production server is not fast.
test.describe.configure({ timeout: 90_000 });

test("a customer finds the knowledge base, opens a category and reads an article rendered from Markdown", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  const category = await makeKbCategory(`Printing ${w}`);
  const article = await publishArticle(agent, {
    categoryId: category.id,
    title: `Clear a paper jam ${w}`,
    body: "## Steps\n\n1. Switch the printer **off**.\n2. Open the back cover.\n\n| Error | Meaning |\n|---|---|\n| E-203 | Paper jam |\n\n```\nreset --tray 2\n```\n\n[Printer manual](https://example.com/manual)",
  });
  const related = await publishArticle(agent, { categoryId: category.id, title: `Order toner ${w}` });

  await signIn(page, customer);
  await page.getByRole("link", { name: "Knowledge base" }).first().click();
  await expect(page).toHaveURL("/kb");
  await page.getByRole("link", { name: new RegExp(`Printing ${w}`) }).click();
  await expect(page.getByTestId("kb-category-articles")).toContainText(article.title);
  await page.getByRole("link", { name: article.title }).click();

  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  const body = page.getByTestId("article-body");
  await expect(body.getByRole("heading", { level: 2, name: "Steps" })).toBeVisible();
  await expect(body.locator("ol li")).toHaveCount(2);
  await expect(body.locator("strong")).toHaveText("off");
  await expect(body.getByRole("cell", { name: "E-203" })).toBeVisible();
  await expect(body.locator("pre code")).toHaveText(/reset --tray 2/);
  await expect(body.getByRole("link", { name: "Printer manual" })).toHaveAttribute("href", "https://example.com/manual");
  await expect(page.getByTestId("kb-related")).toContainText(related.title);
});

test("searching with an accent-free query finds the accented article, highlighted", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  const category = await makeKbCategory();
  const article = await publishArticle(agent, {
    categoryId: category.id,
    locale: "es",
    title: `Restablecer la contraseña ${w}`,
    body: `Si olvidó su **contraseña**, pulse «Olvidé mi contraseña» ${w}.`,
  });
  await signIn(page, customer);
  await page.goto("/kb");
  await page.getByLabel("Search the knowledge base").fill(`CONTRASENA ${w}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/kb\/search\?q=CONTRASENA/);
  const results = page.getByTestId("kb-results");
  await expect(results.getByRole("link", { name: article.title })).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/contraseña/i);
  await expect(results.locator("strong, b, script")).toHaveCount(0);
  await results.getByRole("link", { name: article.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
});

test("a search that finds nothing says so and appears in the console report", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  await signIn(page, customer);
  await page.goto(`/kb/search?q=${w}`);
  await expect(page.getByText(`No articles found for “${w}”`).first()).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, agent);
  await page.goto("/admin/kb/report");
  await expect(page.getByTestId("kb-report-failed-searches")).toContainText(w);
});

test("feedback is given once per article, with its comment", async ({ page, customer, agent }) => {
  const category = await makeKbCategory();
  const article = await publishArticle(agent, { categoryId: category.id, title: `Map a network drive ${uniqueWord()}` });
  await signIn(page, customer);
  await page.goto(`/kb/${article.slug}`);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByText("Choose yes or no.")).toBeVisible();
  await page.getByLabel("No", { exact: true }).check();
  await page.getByLabel("Anything we should add or fix? (optional)").fill("Step 2 does not match what I see.");
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByText("Thank you for your feedback.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("You already gave feedback on this article. Thank you.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send feedback" })).toHaveCount(0);
  const rows = await db.kbFeedback.findMany({ where: { articleId: article.id }, select: { userId: true, helpful: true, comment: true } });
  expect(rows).toEqual([{ userId: customer.id, helpful: false, comment: "Step 2 does not match what I see." }]);

  await page.context().clearCookies();
  await signIn(page, agent);
  await page.goto("/admin/kb/report");
  await expect(page.getByTestId("kb-report-least-helpful")).toContainText("Step 2 does not match what I see.");
});

test("markup and scripts in an article are never run", async ({ page, customer, agent }) => {
  const category = await makeKbCategory();
  const article = await publishArticle(agent, {
    categoryId: category.id,
    title: `Hostile ${uniqueWord()}`,
    body: `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> [click](javascript:window.__pwned=1) <svg onload="window.__pwned=1"></svg> <div style="position:fixed;inset:0">cover</div>`,
  });
  await signIn(page, customer);
  await page.goto(`/kb/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  const body = page.getByTestId("article-body");
  await expect(body.locator("script, svg, [onerror], [style]")).toHaveCount(0);
  await body.getByText("click").click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("@phone the knowledge base works at 375 px without sideways scrolling", async ({ page, customer, agent }) => {
  const category = await makeKbCategory();
  const article = await publishArticle(agent, { categoryId: category.id, title: `Phone ${uniqueWord()}`, body: "| a | b | c | d |\n|---|---|---|---|\n| long long long long | long long long long | long long long long | long long long long |" });
  await signIn(page, customer);
  for (const path of ["/kb", `/kb/${article.slug}`, "/kb/search?q=phone", "/tickets/new"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
