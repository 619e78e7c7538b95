import { expect, formMessage, signInWithForm, test, waitForHydrationOnGoto } from "./fixtures";

test("a wrong password gets one generic message", async ({ page, customer }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(page)).toHaveText("The email or password is not correct, or the account has no portal access.");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(page)).toHaveText("The email or password is not correct, or the account has no portal access.");
});

test("signing out ends the session on the server: a copied cookie no longer works", async ({ browser, page, context, customer }) => {
  await signInWithForm(page, customer);
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = waitForHydrationOnGoto(await thief.newPage());
  await stolen.goto("/tickets");
  await expect(stolen).toHaveURL(/\/login/);
});

test("after sign-in the user returns to the page they asked for", async ({ page, customer }) => {
  await page.goto("/tickets/new");
  await expect(page).toHaveURL(/callbackUrl/);
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill(customer.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/tickets/new");
});

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });
  test("the interface follows Accept-Language, then the user's saved choice", async ({ page, customer }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();
    await page.getByLabel("Correo electrónico").fill(customer.email);
    await page.getByLabel("Contraseña").fill(customer.password);
    await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await expect(page.getByRole("link", { name: "Nuevo ticket" }).first()).toBeVisible();
    await page.goto("/tickets/new");
    await expect(page.getByLabel("Asunto")).toBeVisible();
    await expect(page.getByLabel("Descripción")).toBeVisible();
    await page.getByLabel("Idioma").selectOption("en");
    await expect(page.getByLabel("Subject")).toBeVisible();
  });
});
