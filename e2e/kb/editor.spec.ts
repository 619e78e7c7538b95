import { db } from "@/lib/db";
import { expect, signIn, test } from "../fixtures";
import { makeKbCategory, uniqueWord } from "./kb-fixtures";

// Several sign-ins and page loads each; this machine's production server is not fast.
test.describe.configure({ timeout: 90_000 });

test("an agent writes an article with a preview, publishes it, edits it, and the history keeps both versions", async ({ page, agent, customer }) => {
  const w = uniqueWord();
  const category = await makeKbCategory(`Editors ${w}`);
  await signIn(page, agent);
  await page.getByRole("link", { name: "Knowledge base" }).first().click();
  await expect(page).toHaveURL("/admin/kb");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page).toHaveURL("/admin/kb/new");

  await page.getByLabel("Title", { exact: true }).fill(`Share a calendar ${w}`);
  await expect(page.getByLabel("Address (slug)")).toHaveValue(`share-a-calendar-${w}`);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: `Editors ${w}` });
  await page.getByLabel("Text (Markdown)").fill("## How\n\nOpen **Calendar** and choose *Share*.\n\n<script>alert(1)</script>");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("kb-preview");
  await expect(preview.getByRole("heading", { name: "How" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("Calendar");
  await expect(preview.locator("script")).toHaveCount(0);
  await page.getByRole("button", { name: "Write" }).click();
  await page.getByLabel("State").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/admin\/kb\/[^/]+\?saved=1$/);
  await expect(page.getByText("Article saved.")).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill(`Share your calendar ${w}`);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Article saved.")).toBeVisible();
  const history = page.getByTestId("kb-history");
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history).toContainText(`Share a calendar ${w}`);
  await expect(history).toContainText(`Share your calendar ${w}`);

  const article = await db.kbArticle.findFirstOrThrow({ where: { categoryId: category.id }, select: { slug: true } });
  await page.context().clearCookies();
  await signIn(page, customer);
  await page.goto(`/kb/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: `Share your calendar ${w}` })).toBeVisible();
});

test("a bad article is refused with clear messages and keeps what was typed", async ({ page, agent }) => {
  await signIn(page, agent);
  await page.goto("/admin/kb/new");
  await page.getByLabel("Address (slug)").fill("Not a slug!");
  await page.getByLabel("Text (Markdown)").fill("Keep this text.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Enter a title.")).toBeVisible();
  await expect(page.getByText(/Use lower-case letters, digits and single hyphens only/)).toBeVisible();
  await expect(page.getByText("Choose a category.")).toBeVisible();
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue("Keep this text.");
  await expect(page).toHaveURL("/admin/kb/new");
});

test("customers get a 404 on every knowledge-base console page", async ({ page, customer }) => {
  await signIn(page, customer);
  for (const path of ["/admin/kb", "/admin/kb/new", "/admin/kb/categories", "/admin/kb/report"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
