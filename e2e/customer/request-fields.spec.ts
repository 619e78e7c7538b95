import { expect, signIn, test } from "../fixtures";

test("a customer files a ticket with the request type's fields; a missing required one keeps what was typed", async ({ page, customer }) => {
  await signIn(page, customer);
  await page.goto("/tickets/new");
  await page.getByRole("radio", { name: /Accounts and access/ }).check();
  await page.getByLabel("Manager approved").check();
  await page.getByLabel("Subject").fill("Access to the finance share");
  await page.getByLabel("Description").fill("I start on the budget next week.");
  await page.getByRole("button", { name: "Create ticket" }).click();

  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page).toHaveURL("/tickets/new");
  await expect(page.getByRole("radio", { name: /Accounts and access/ })).toBeChecked();
  await expect(page.getByLabel("Manager approved")).toBeChecked();
  await expect(page.getByLabel("Subject")).toHaveValue("Access to the finance share");
  await expect(page.getByLabel("Description")).toHaveValue("I start on the budget next week.");

  await page.getByLabel("Needed by (required)").fill("2027-03-01");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  const details = page.getByTestId("ticket-fields");
  await expect(details).toContainText("Needed by");
  await expect(details).toContainText("Mar 1, 2027");
  await expect(details).toContainText("Manager approved");
  await expect(details).toContainText("Yes");
});

test("@phone the new-ticket form with a request type chosen fits a phone", async ({ page, customer }) => {
  await signIn(page, customer);
  await page.goto("/tickets/new");
  await page.getByRole("radio", { name: /Hardware/ }).check();
  await page.getByLabel("Asset tag").fill("ACME-0042");
  await page.getByLabel("Location").selectOption({ label: "Working from home" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel("Subject").fill("Dock does not charge");
  await page.getByLabel("Description").fill("The laptop does not charge through the dock.");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByTestId("ticket-fields")).toContainText("Working from home");
});
