import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson, expect, mailsTo, newPage, signIn, test } from "../fixtures";
import type { Page } from "@playwright/test";

const bellCount = async (page: Page) => {
  const badge = page.getByTestId("notification-count");
  return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.replace("+", ""));
};

/**
 * Waits for an email to `to` that tells of ticket `id`: alone, or inside a digest when other tests
 * running beside this one filed tickets in the same minute (every agent hears of unassigned tickets).
 * A digest goes out at the end of the agent's minute, hence the longer wait.
 */
const mailAbout = async (to: string, id: number, subject: string) => {
  await expect
    .poll(async () => (await mailsTo(to)).some((m) => m.subject === `[#${id}] New ticket: ${subject}` || (/ticket updates/.test(m.subject) && m.text.includes(`#${id}`) && m.text.includes(subject))), {
      timeout: 90_000,
    })
    .toBe(true);
};

test("the bell, the queue marker and the emails: two agents and a customer @phone", async ({ browser, customer }) => {
  test.setTimeout(300_000);
  const token = randomUUID().slice(0, 8);
  const ana = await createPerson("AGENT", `Ana ${token}`);
  const ben = await createPerson("AGENT", `Ben ${token}`);
  const anaPage = await newPage(browser);
  const benPage = await newPage(browser);
  const customerPage = await newPage(browser);
  await signIn(anaPage, ana);
  await signIn(benPage, ben);
  // The bell is told, it does not poll: Ana's page runs with its timers stopped (no interval or
  // timeout can fire), so only an event pushed on its stream can change the count.
  await anaPage.clock.install();
  const connected = anaPage.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await anaPage.goto("/admin/notifications");
  await anaPage.clock.pauseAt(Date.now() + 1_000);
  await connected; // the bell re-reads its count once its stream is open
  const anaBefore = await bellCount(anaPage);

  // The customer files a ticket on the portal: acknowledged by email with its number and link.
  await signIn(customerPage, customer);
  await customerPage.goto("/tickets/new");
  await customerPage.getByRole("radio", { name: /Hardware/ }).check();
  await customerPage.getByLabel("Subject").fill(`Printer smokes ${token}`);
  await customerPage.getByLabel("Description").fill("Grey smoke from the back.");
  await customerPage.getByRole("button", { name: "Create ticket" }).click();
  await expect(customerPage).toHaveURL(/\/tickets\/\d+$/);
  const id = Number(customerPage.url().split("/").pop());
  const [ack] = await mailsTo(customer.email);
  expect(ack.subject).toBe(`[#${id}] We received your request: Printer smokes ${token}`);
  expect(ack.text).toContain(`/tickets/${id}`);
  // Sent through the provider as a react-email document in the portal's colours, dated in the customer's time zone.
  const settings = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
  const zone = (await db.user.findUniqueOrThrow({ where: { id: customer.id } })).timeZone ?? settings.defaultTimeZone;
  expect(ack.html).toMatch(/^<!DOCTYPE html PUBLIC/);
  expect(ack.html).toContain(`background-color:${settings.primaryColor}`);
  expect(ack.html).toMatch(new RegExp(`href="[^"]*/tickets/${id}"`));
  expect(ack.text).toContain(`(${zone}).`);

  // Nobody has it yet: every agent's bell counts it (without a reload, timers stopped), and each gets an email.
  await expect.poll(() => bellCount(anaPage), { timeout: 30_000 }).toBeGreaterThan(anaBefore);
  await anaPage.clock.resume();
  await mailAbout(ana.email, id, `Printer smokes ${token}`);
  await mailAbout(ben.email, id, `Printer smokes ${token}`);
  await anaPage.goto("/admin/notifications");
  await expect(anaPage.getByTestId("notifications")).toContainText(`${customer.name} filed ticket #${id}`);

  // Ben gives it to Ana and mentions her in an internal note: Ana's bell says both.
  await benPage.goto(`/admin/tickets/${id}`);
  await benPage.getByLabel("Assignee", { exact: true }).selectOption({ label: ana.name });
  await benPage.getByRole("button", { name: "Save changes" }).click();
  await expect(benPage.getByText("Changes saved.")).toBeVisible();
  await benPage.getByLabel("Internal note (not shown to the requester)").check();
  await benPage.getByLabel("Your reply").fill(`@${ana.name} the toner supplier called about this`);
  await benPage.getByRole("button", { name: "Add internal note" }).click();
  await expect(benPage.getByTestId("ticket-message").filter({ hasText: "toner supplier" })).toBeVisible();
  // Ben leaves the ticket (an open ticket page counts as looking at it).
  await benPage.goto("/admin");
  await anaPage.goto("/admin/notifications");
  await expect(anaPage.getByTestId("notifications")).toContainText(`${ben.name} gave you ticket #${id}`);
  await expect(anaPage.getByTestId("notifications")).toContainText(`${ben.name} mentioned you on ticket #${id}`);

  // Ana has opened it (marker clear); the customer replies: the queue marks it for her.
  await anaPage.goto(`/admin/tickets/${id}`);
  await anaPage.goto(`/admin?q=${token}`);
  const row = anaPage.getByTestId("queue-row").filter({ hasText: `Printer smokes ${token}` });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("updated-by-customer")).toHaveCount(0);
  await customerPage.getByLabel("Your reply").fill("Now it smells too.");
  await customerPage.getByRole("button", { name: "Send reply" }).click();
  await expect(customerPage.getByTestId("ticket-message").filter({ hasText: "smells too" })).toBeVisible();
  // The queue refreshes by itself.
  await expect(row.getByTestId("updated-by-customer")).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("Updated by customer");
  // Only the assignee is told of the reply now; Ben is not.
  expect(await db.notification.count({ where: { ticketId: id, type: "CUSTOMER_REPLY", userId: ben.id } })).toBe(0);
  expect(await db.notification.count({ where: { ticketId: id, type: "CUSTOMER_REPLY", userId: ana.id } })).toBe(1);

  // The marker is each agent's own: Ben still sees it after Ana opened the ticket.
  await row.getByRole("link", { name: `Printer smokes ${token}` }).click();
  await expect(anaPage).toHaveURL(`/admin/tickets/${id}`);
  await anaPage.goto(`/admin?q=${token}`);
  await expect(anaPage.getByTestId("queue-row").filter({ hasText: token })).toBeVisible();
  await expect(anaPage.getByTestId("queue-row").filter({ hasText: token }).getByTestId("updated-by-customer")).toHaveCount(0);
  // What the bell said about the ticket is read once she opened it.
  expect(await db.notification.count({ where: { ticketId: id, userId: ana.id, readAt: null } })).toBe(0);
  await benPage.goto(`/admin?q=${token}`);
  await expect(benPage.getByTestId("queue-row").filter({ hasText: token }).getByTestId("updated-by-customer")).toBeVisible();
});

test("an agent chooses their ticket emails on /account, in Spanish too", async ({ page, agent }) => {
  await db.user.update({ where: { id: agent.id }, data: { locale: "es" } });
  await signIn(page, agent);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Correos de tickets" })).toBeVisible();
  await page.getByLabel("se abre un ticket").uncheck();
  await page.getByRole("button", { name: "Guardar preferencias de correo" }).click();
  await expect(page.getByText("Preferencias de correo guardadas.")).toBeVisible();
  expect(await db.agentEmailPreferences.findUniqueOrThrow({ where: { userId: agent.id } })).toMatchObject({ ticketFiled: false, requesterReply: true });
  await page.reload();
  await expect(page.getByLabel("se abre un ticket")).not.toBeChecked();
});

test("a customer's /account has no agent email choices and no console bell", async ({ page, customer }) => {
  await signIn(page, customer);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account" }).or(page.getByRole("heading", { level: 1 }))).toBeVisible();
  await expect(page.getByText("Ticket emails")).toHaveCount(0);
  await expect(page.getByTestId("notification-bell")).toHaveCount(0);
  const response = await page.goto("/admin/notifications");
  expect(response?.status()).toBe(404);
});
