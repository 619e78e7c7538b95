import { db } from "@/lib/db";
import { expect, signIn, test } from "../fixtures";
import { makeAsset } from "../asset-helpers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a customer sees My assets, reports a problem on one and finds the ticket linked both ways", async ({ page, agent, customer }) => {
  const asset = await makeAsset(agent, customer, { warrantyEnd: inDays(20) });
  await signIn(page, customer);
  await page.getByRole("link", { name: "My assets" }).first().click();
  await expect(page).toHaveURL("/assets");
  const card = page.getByTestId("my-assets").getByRole("listitem").filter({ hasText: asset.tag });
  await expect(card).toContainText(asset.name);
  await expect(card).toContainText(asset.type.name);
  await expect(card).toContainText(/Ends in (19|20) days/);
  await card.getByRole("link", { name: asset.name }).click();
  await expect(page.getByRole("heading", { name: asset.name })).toBeVisible();
  await expect(page.getByRole("button", { name: /edit|check/i })).toHaveCount(0);

  await page.getByRole("link", { name: "Report a problem" }).click();
  await expect(page.getByTestId("ticket-asset")).toContainText(asset.tag);
  await page.getByRole("radio", { name: /Hardware/ }).check();
  await page.getByLabel("Subject").fill("Battery drains in an hour");
  await page.getByLabel("Description").fill("Since the last update.");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByTestId("ticket-asset")).toContainText(`${asset.tag} · ${asset.name}`);
  const ticket = await db.ticket.findFirstOrThrow({ where: { requesterId: customer.id, subject: "Battery drains in an hour" } });
  expect(ticket.assetId).toBe(asset.id);

  await page.getByTestId("ticket-asset").getByRole("link").click();
  await expect(page.getByTestId("asset-tickets")).toContainText("Battery drains in an hour");
});

test("@phone My assets and an asset fit a 375 px screen", async ({ page, agent, customer }) => {
  const asset = await makeAsset(agent, customer, { warrantyEnd: inDays(400) });
  await signIn(page, customer);
  await page.goto("/assets");
  await expect(page.getByTestId("my-assets")).toContainText(asset.tag);
  await expect(page.getByTestId("my-assets")).toContainText("In warranty");
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.goto(`/assets/${asset.id}`);
  await expect(page.getByRole("link", { name: "Report a problem" })).toBeVisible();
  expect(await fits()).toBe(true);
});

test("with the person's own option off, My assets is gone and its pages answer 404", async ({ page, agent, customer }) => {
  const asset = await makeAsset(agent, customer);
  await db.userPortalOptions.update({ where: { userId: customer.id }, data: { showAssets: false } });
  await signIn(page, customer);
  await expect(page.getByRole("link", { name: "My assets" })).toHaveCount(0);
  for (const path of ["/assets", `/assets/${asset.id}`, `/tickets/new?asset=${asset.id}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
