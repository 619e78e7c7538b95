import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson, expect, fileTicket, formMessage, mailsTo, signIn, test } from "../fixtures";
import type { Page } from "@playwright/test";

async function initializePassword(page: Page, userId: string, email: string) {
  await page.goto(`/admin/employees/${userId}?edit=1&tab=portal`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "(Re)Initialize Password" }).click();
  await expect(formMessage(page).filter({ hasText: `Password sent to ${email}.` })).toBeVisible();
  const [mail] = await mailsTo(email);
  const password = mail.text.match(/Temporary password: (\S+)/)?.[1];
  if (!password) throw new Error("no password in the email");
  return password;
}

for (const lang of ["en", "es"] as const) {
  test(`the outbox names kinds in words, uses the shared date format and masks a generated password (${lang}) @phone`, async ({ page, admin }) => {
    const person = await createPerson("CUSTOMER");
    await db.user.update({ where: { id: person.id }, data: { locale: "en" } });
    await signIn(page, admin);
    const password = await initializePassword(page, person.id, person.email);
    await db.user.update({ where: { id: admin.id }, data: { locale: lang } });

    // Other specs send mail all the while: the message may already be on a later page of the outbox.
    const row = page.getByTestId("outbox").getByRole("row").filter({ hasText: person.email });
    for (let outboxPage = 1; outboxPage <= 10; outboxPage++) {
      await page.goto(`/admin/outbox?page=${outboxPage}`);
      if ((await row.count()) > 0) break;
    }
    await expect(row).toContainText(lang === "en" ? "Initial password" : "Contraseña inicial");
    await expect(row).not.toContainText("passwordInitialized");
    // "Dec 1, 2026, 3:04 PM" / "1 dic 2026, 15:04": the medium date style used elsewhere.
    await expect(row).toContainText(/[A-Za-z]{3} \d{1,2}, \d{4}|\d{1,2} [a-z]{3,4}\.? \d{4}/);

    await row.getByRole("link").first().click();
    await expect(page.getByTestId("email-text")).toContainText("Temporary password: ••••••••");
    await expect(page.getByTestId("email-text")).not.toContainText(password);
    expect(await page.content()).not.toContain(password);
  });
}

test("@phone the outbox and a message in it fit a 375 px screen", async ({ page, admin }) => {
  test.skip(page.viewportSize()!.width > 375, "a phone's width");
  const person = await createPerson("CUSTOMER");
  await signIn(page, admin);
  await initializePassword(page, person.id, person.email);
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  // Each message is a card: its cells one under the other, each with its column's name.
  const card = page.getByTestId("outbox").getByRole("row").filter({ hasText: person.email });
  for (let outboxPage = 1; outboxPage <= 10; outboxPage++) {
    await page.goto(`/admin/outbox?page=${outboxPage}`);
    if ((await card.count()) > 0) break;
  }
  await expect(card).toContainText("Initial password");
  expect(await card.evaluate((row) => getComputedStyle(row).display)).toBe("block");
  expect(await card.locator("td").nth(2).evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Kind"');
  await fits();
  await card.getByRole("link").first().click();
  await expect(page.getByTestId("email-text")).toContainText("/login");
  await fits();
});

test("a new person starts as an Employee in the default language", async ({ page, agent }) => {
  await signIn(page, agent);
  await page.goto("/admin/employees/new");
  await expect(page.getByLabel("Kind")).toHaveValue("EMPLOYEE");
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("en");
});

test("an organization's page lists its members and tickets with links @phone", async ({ page, agent }) => {
  const orgName = `Org ${randomUUID().slice(0, 8)}`;
  const member = await createPerson("CUSTOMER", undefined, orgName);
  const ticket = await fileTicket(member, `Org ticket ${orgName}`);
  await signIn(page, agent);
  await page.goto(`/admin/organizations/${member.organizationId}`);
  await page.getByTestId("org-members").getByRole("link", { name: member.name }).click();
  await expect(page).toHaveURL(`/admin/employees/${member.id}`);
  await page.goBack();
  await page.getByTestId("org-tickets").getByRole("link", { name: `#${ticket.id} ${ticket.subject}` }).click();
  await expect(page).toHaveURL(`/admin/tickets/${ticket.id}`);
});
