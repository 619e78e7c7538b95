import { db } from "@/lib/db";
import { expect, signIn, test } from "../fixtures";
import { makeAsset } from "../asset-helpers";

test("customer B sees none of A's assets: list, page and report answer as for an unknown id", async ({ page, agent, customer, otherCustomer }) => {
  const theirs = await makeAsset(agent, customer);
  await signIn(page, otherCustomer);
  await page.goto("/assets");
  await expect(page.getByText(theirs.tag)).toHaveCount(0);
  for (const path of [`/assets/${theirs.id}`, "/assets/nosuchasset", `/tickets/new?asset=${theirs.id}`, "/tickets/new?asset=nosuchasset"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText(theirs.name)).toHaveCount(0);
  }
});

test("a customer cannot attach another person's asset to a ticket by forging the form", async ({ page, agent, customer, otherCustomer }) => {
  const theirs = await makeAsset(agent, customer);
  await signIn(page, otherCustomer);
  await page.goto("/tickets/new");
  const category = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });
  const status = await page.evaluate(
    async ({ assetId, categoryId }) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ subject: "Forged", description: "x", categoryId, urgency: "LOW", assetId })) form.set(k, v);
      return (await fetch("/api/tickets", { method: "POST", body: form })).status;
    },
    { assetId: theirs.id, categoryId: category.id },
  );
  expect(status).toBe(422);
  expect(await db.ticket.count({ where: { requesterId: otherCustomer.id } })).toBe(0);
});

test("a customer gets a 404 on every console asset page and the export", async ({ page, agent, customer }) => {
  const asset = await makeAsset(agent, customer);
  await signIn(page, customer);
  for (const path of ["/admin/assets", `/admin/assets/${asset.id}`, `/admin/assets/${asset.id}/edit`, "/admin/assets/new", "/admin/assets/import", "/admin/assets/lookups"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // A route handler (no page): its own check answers 404.
  const exported = await page.request.get("/admin/assets/export");
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain(asset.tag);
});

test("an agent gets a 404 on the admins' types and locations screen", async ({ page, agent }) => {
  await signIn(page, agent);
  expect((await page.goto("/admin/assets/lookups"))?.status()).toBe(404);
});
