import { db } from "@/lib/db";
import { expect, newPage, signInWithForm, test } from "../fixtures";

test("an agent sees a customer's linked sign-in and unlinks it, after confirming", async ({ browser, agent, customer }) => {
  await db.oAuthAccount.create({ data: { userId: customer.id, provider: "google", providerAccountId: `sub-${customer.id}`, email: customer.email } });
  const page = await newPage(browser);
  await signInWithForm(page, agent);
  await page.goto(`/admin/employees/${customer.id}?tab=portal&edit=1`);
  const linked = page.getByTestId("linked-account");
  await expect(linked).toHaveCount(1);
  await linked.getByRole("button", { name: /Unlink/ }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await db.oAuthAccount.count({ where: { userId: customer.id } })).toBe(1);
  await linked.getByRole("button", { name: /Unlink/ }).click();
  await page.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(page.getByText("No single sign-on account is linked.")).toBeVisible();
  expect(await db.oAuthAccount.count({ where: { userId: customer.id } })).toBe(0);
});

test("an agent cannot unlink an admin's sign-in: the record is read only", async ({ browser, agent, admin }) => {
  await db.oAuthAccount.create({ data: { userId: admin.id, provider: "google", providerAccountId: `sub-${admin.id}`, email: admin.email } });
  const page = await newPage(browser);
  await signInWithForm(page, agent);
  await page.goto(`/admin/employees/${admin.id}?tab=portal&edit=1`);
  await expect(page.getByTestId("linked-account")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /Unlink/ })).toHaveCount(0);
  expect(await db.oAuthAccount.count({ where: { userId: admin.id } })).toBe(1);
});
