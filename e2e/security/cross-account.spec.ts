import { db } from "@/lib/db";
import { expect, fileTicket, formMessage, signIn, test } from "../fixtures";

test("customer B cannot read or list customer A's ticket", async ({ page, customer, otherCustomer }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, otherCustomer);
  const response = await page.goto(`/tickets/${ticket.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
  await page.goto("/tickets");
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
});

test("customer B cannot reply to A's ticket by forging the reply form", async ({ page, customer, otherCustomer }) => {
  const target = await fileTicket(customer);
  const own = await fileTicket(otherCustomer);
  await signIn(page, otherCustomer);
  await page.goto(`/tickets/${own.id}`);
  await page.getByLabel("Your reply").fill("forged reply");
  // Point the real server action at A's ticket (after typing, which re-renders the form).
  await page.locator('form:has(#body) input[name="ticketId"]').evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), target.id);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(formMessage(page)).toContainText("This ticket does not exist or is not yours to see.");
  await expect(page.getByLabel("Your reply")).toHaveValue("forged reply");
  expect(await db.ticketMessage.count({ where: { ticketId: target.id } })).toBe(0);
});

test("a customer gets a 404 on every console page", async ({ page, customer }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, customer);
  for (const path of ["/admin", `/admin/tickets/${ticket.id}`, "/admin/tickets"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Ticket queue" })).toHaveCount(0);
  }
});

test("ticket ids that are not numbers are simply not found", async ({ page, customer }) => {
  await signIn(page, customer);
  for (const id of ["abc", "1e3", "-1", "99999999"]) {
    expect((await page.goto(`/tickets/${id}`))?.status(), id).toBe(404);
  }
});

test("a reply sent after the session ended is refused, keeps its text and stores nothing", async ({ page, context, customer }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  await context.clearCookies();
  await page.getByLabel("Your reply").fill("written while signed out");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(formMessage(page)).toContainText("Your session has ended");
  await expect(page.getByLabel("Your reply")).toHaveValue("written while signed out");
  expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(0);
});

test("signed-out visitors are sent to sign-in", async ({ page }) => {
  await page.goto("/tickets");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftickets/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});
