import { randomUUID } from "node:crypto";
import { expect, newPage, signIn, test } from "../fixtures";

test("an admin creates a request type with fields, and a customer is asked for them", async ({ page, admin, customer, browser }) => {
  const w = randomUUID().slice(0, 6);
  await signIn(page, admin);
  await page.goto("/admin");
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Request types" }).first().click();
  await expect(page).toHaveURL("/admin/request-types");
  await page.getByRole("link", { name: "New request type" }).click();
  await page.getByLabel("Name (English)").fill(`Toner ${w}`);
  await page.getByLabel("Name (Spanish)").fill(`Tóner ${w}`);
  await page.getByLabel("Short description (English)").fill("Order printer supplies.");
  await page.getByLabel("Short description (Spanish)").fill("Pedir consumibles de impresora.");
  await page.getByLabel("Identifier").fill(`toner-${w}`);
  await page.getByRole("radio", { name: "Printer" }).check();
  await page.getByRole("button", { name: "Create request type" }).click();
  await expect(page).toHaveURL(/\/admin\/request-types\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { name: `Toner ${w}` })).toBeVisible();

  const add = page.getByRole("form", { name: "Add field" });
  await add.getByLabel("Label (English)").fill("Printer model");
  await add.getByLabel("Label (Spanish)").fill("Modelo de impresora");
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByTestId("request-type-fields-admin")).toContainText("Printer model");
  await expect(add.getByLabel("Label (English)")).toHaveValue("");

  await add.getByLabel("Label (English)").fill("Colour");
  await add.getByLabel("Label (Spanish)").fill("Color");
  await add.getByLabel("Type").selectOption("CHOICE");
  await add.getByLabel("Options").fill("Black | Negro");
  await add.getByLabel("Required").check();
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(add.getByText("A choice needs at least two options.")).toBeVisible();
  await expect(add.getByLabel("Label (English)")).toHaveValue("Colour");
  await add.getByLabel("Options").fill("Black | Negro\nCyan | Cian");
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByTestId("request-type-fields-admin")).toContainText("Colour");

  const portal = await newPage(browser);
  await signIn(portal, customer);
  await portal.goto("/tickets/new");
  await portal.getByRole("radio", { name: new RegExp(`Toner ${w}`) }).check();
  await expect(portal.getByLabel("Printer model")).toBeVisible();
  await expect(portal.getByLabel("Colour (required)").locator("option")).toHaveText(["Choose…", "Black", "Cyan"]);

  // Deactivated, it leaves the portal's form.
  await page.getByRole("button", { name: `Deactivate Toner ${w}` }).click();
  await expect(page.getByText("Inactive").first()).toBeVisible();
  await portal.goto("/tickets/new");
  await expect(portal.getByRole("radio", { name: /Hardware/ })).toBeVisible();
  await expect(portal.getByRole("radio", { name: new RegExp(`Toner ${w}`) })).toHaveCount(0);
});

test("an agent cannot manage request types", async ({ page, agent }) => {
  await signIn(page, agent);
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Request types" })).toHaveCount(0);
  const response = await page.goto("/admin/request-types");
  expect(response?.status()).toBe(404);
});
