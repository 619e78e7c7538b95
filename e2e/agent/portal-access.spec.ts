import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { type Person, createPerson, expect, formMessage, mailsTo, newPage, signIn, signInWithForm, test, waitForHydrationOnGoto } from "../fixtures";

function passwordFrom(text: string) {
  const match = text.match(/Temporary password: (\S+)/);
  if (!match) throw new Error(`no password in: ${text}`);
  return match[1];
}

async function openPortalTabInEditMode(page: import("@playwright/test").Page, userId: string) {
  await page.goto(`/admin/employees/${userId}`);
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/edit=1/);
  await page.getByRole("link", { name: "Portal" }).click();
  await expect(page).toHaveURL(/tab=portal/);
  await expect(page).toHaveURL(/edit=1/);
}

test("an agent creates a customer, sends a password; the customer must choose their own; old password and sessions stop working", async ({ browser, agent }) => {
  const email = `new-${randomUUID()}@example.test`;
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);

  await agentPage.getByRole("link", { name: "Employees and customers" }).click();
  await agentPage.getByRole("link", { name: "Add" }).click();
  await expect(agentPage.getByRole("heading", { name: "Add an employee or customer" })).toBeVisible();
  await agentPage.getByLabel("Name", { exact: true }).fill("Nora Nueva");
  await agentPage.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
  await agentPage.getByLabel("Kind").selectOption("CUSTOMER");
  await agentPage.getByLabel("Organization or department").fill("Acme");
  await agentPage.getByLabel("Language", { exact: true }).selectOption("en");
  await agentPage.getByRole("button", { name: "Save" }).click();
  await expect(agentPage.getByRole("heading", { name: "Nora Nueva" })).toBeVisible();
  await expect(agentPage.getByText(email, { exact: true })).toBeVisible();
  const userId = agentPage.url().split("/").pop()!.split("?")[0];

  // Outside edit mode the button is there but disabled, as the documentation describes.
  await agentPage.getByRole("link", { name: "Portal" }).click();
  await expect(agentPage).toHaveURL(/tab=portal/);
  await expect(agentPage.getByRole("button", { name: "(Re)Initialize Password" })).toBeDisabled();

  await openPortalTabInEditMode(agentPage, userId);
  agentPage.once("dialog", (dialog) => dialog.accept());
  await agentPage.getByRole("button", { name: "(Re)Initialize Password" }).click();
  await expect(formMessage(agentPage).filter({ hasText: `Password sent to ${email}.` })).toBeVisible();
  const [mail] = await mailsTo(email);
  const password = passwordFrom(mail.text);
  expect(password.length).toBeGreaterThanOrEqual(16);
  expect(mail.subject).toBe("Your Portico portal password");
  expect(await agentPage.content()).not.toContain(password);
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password.initialize", targetId: userId } });
  expect(audit.data).not.toContain(password);

  // The customer signs in with it and is made to choose their own.
  const first = await browser.newContext();
  const page = waitForHydrationOnGoto(await first.newPage());
  await signInWithForm(page, { email, password });
  await expect(page).toHaveURL("/change-password");
  await page.goto("/tickets");
  await expect(page).toHaveURL("/change-password");
  // Just signed in with the emailed password: it is not asked for again. The account's email
  // sits in a hidden username field for password managers; the new password can be shown.
  await expect(page.getByLabel("Password from the email")).toHaveCount(0);
  await expect(page.locator('input[autocomplete="username"]')).toHaveValue(email);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await expect(page.getByTestId("password-strength")).toContainText("Too short");
  await page.getByLabel("Show passwords").check();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("type", "text");
  await page.getByLabel("New password", { exact: true }).fill("password123");
  await page.getByLabel("Repeat the new password").fill("password123");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("This password is too common. Choose another one.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("violet kettle under the bridge");
  await page.getByLabel("Repeat the new password").fill("violet kettle under the bridge");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Hello, Nora Nueva" })).toBeVisible();

  // The emailed password is spent; the chosen one signs in.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(page)).toContainText("The email or password is not correct");
  await signInWithForm(page, { email, password: "violet kettle under the bridge" });
  await expect(page).toHaveURL("/");

  // A second initialization ends that session and retires the chosen password.
  const copied = await first.cookies();
  agentPage.once("dialog", (dialog) => dialog.accept());
  await agentPage.getByRole("button", { name: "(Re)Initialize Password" }).click();
  await mailsTo(email, 2);
  const old = await browser.newContext();
  await old.addCookies(copied);
  const oldPage = waitForHydrationOnGoto(await old.newPage());
  await oldPage.goto("/tickets");
  await expect(oldPage).toHaveURL(/\/login/);
  await oldPage.getByLabel("Email").fill(email);
  await oldPage.getByLabel("Password").fill("violet kettle under the bridge");
  await oldPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(oldPage)).toContainText("The email or password is not correct");
});

test("turning portal access off ends the user's session and refuses sign-in", async ({ browser, agent, customer }) => {
  const customerPage = await newPage(browser);
  await signIn(customerPage, customer);
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  await openPortalTabInEditMode(agentPage, customer.id);
  await agentPage.getByLabel("Portal access").uncheck();
  await agentPage.getByRole("button", { name: "Save portal settings" }).click();
  await expect(formMessage(agentPage).filter({ hasText: "Portal settings saved." })).toBeVisible();

  await customerPage.goto("/tickets");
  await expect(customerPage).toHaveURL(/\/login/);
  await customerPage.getByLabel("Email").fill(customer.email);
  await customerPage.getByLabel("Password").fill(customer.password);
  await customerPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(customerPage)).toContainText("The email or password is not correct");
});

test("an agent cannot manage an admin's record; a customer cannot reach the people screens; an agent not the outbox", async ({ browser, agent, admin, customer }) => {
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  await agentPage.goto(`/admin/employees/${admin.id}?tab=portal&edit=1`);
  await expect(agentPage.getByText("Read only")).toBeVisible();
  await expect(agentPage.getByRole("button", { name: "(Re)Initialize Password" })).toBeDisabled();
  expect((await agentPage.goto("/admin/outbox"))?.status()).toBe(404);

  const customerPage = await newPage(browser);
  await signIn(customerPage, customer);
  for (const path of ["/admin/employees", "/admin/employees/new", `/admin/employees/${customer.id}`]) {
    expect((await customerPage.goto(path))?.status(), path).toBe(404);
  }
});

test("duplicate and malformed emails are refused with a clear message and nothing is created", async ({ page, agent, customer }) => {
  await signIn(page, agent);
  await page.goto("/admin/employees/new");
  await page.getByLabel("Name", { exact: true }).fill("Copy Cat");
  await page.getByLabel("Email", { exact: true }).fill(customer.email.toUpperCase());
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A user with this email address already exists.")).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Copy Cat");
  expect(await db.user.count({ where: { name: "Copy Cat" } })).toBe(0);
});

test("the people list searches and filters", async ({ page, agent }) => {
  const tag = randomUUID().slice(0, 8);
  const person: Person = await createPerson("CUSTOMER", `Zed ${tag}`);
  await signIn(page, agent);
  await page.goto(`/admin/employees?q=${tag}`);
  await expect(page.getByTestId("people")).toContainText(person.email);
  await page.goto(`/admin/employees?q=${tag}&access=off`);
  await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
});
