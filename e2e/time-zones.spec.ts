import { db } from "@/lib/db";
import { expect, fileTicket, signInWithForm, test, waitForHydrationOnGoto } from "./fixtures";

// 18:30 UTC on 10 March 2026: 12:30 in Mexico City (UTC-6), 19:30 in Madrid (UTC+1).
const FILED_AT = new Date("2026-03-10T18:30:00Z");

test("a person in Mexico City and one in Madrid see the same ticket's times in their own zone @phone", async ({ browser, customer, agent }) => {
  const ticket = await fileTicket(customer);
  await db.ticket.update({ where: { id: ticket.id }, data: { createdAt: FILED_AT } });
  await db.user.update({ where: { id: agent.id }, data: { locale: "es" } });

  // The customer's browser is in Mexico City: taken as their zone at first sign-in.
  const mexico = waitForHydrationOnGoto(await (await browser.newContext({ timezoneId: "America/Mexico_City", locale: "en-US" })).newPage());
  await signInWithForm(mexico, customer);
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: customer.id } })).timeZone).toBe("America/Mexico_City");
  await mexico.goto(`/tickets/${ticket.id}`);
  await expect(mexico.getByRole("list", { name: "Ticket history" })).toContainText("Mar 10, 2026, 12:30 PM");

  // The agent's browser is in Madrid, the console in Spanish (their saved language).
  const madrid = waitForHydrationOnGoto(await (await browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-US" })).newPage());
  await signInWithForm(madrid, agent);
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: agent.id } })).timeZone).toBe("Europe/Madrid");
  await madrid.goto(`/admin/tickets/${ticket.id}`);
  await expect(madrid.getByRole("list", { name: "Historial del ticket" })).toContainText("19:30");

  // A choice on /account wins over the browser, and is not replaced at the next sign-in.
  await mexico.goto("/account");
  await mexico.getByLabel("Time zone", { exact: true }).selectOption("Europe/Madrid");
  await mexico.getByRole("button", { name: "Save time zone" }).click();
  await expect(mexico.getByText("Time zone saved.")).toBeVisible();
  await mexico.goto(`/tickets/${ticket.id}`);
  await expect(mexico.getByRole("list", { name: "Ticket history" })).toContainText("Mar 10, 2026, 7:30 PM");
  expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).timeZone).toBe("Europe/Madrid");
});
