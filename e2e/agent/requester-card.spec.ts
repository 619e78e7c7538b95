import { db } from "@/lib/db";
import { saveCannedResponse } from "@/lib/canned/service";
import { expect, fileTicket, signIn, test } from "../fixtures";

test("the requester card shows contact details and the requester's other open tickets only", async ({ page, agent, customer }) => {
  await db.user.update({ where: { id: customer.id }, data: { phone: "+34 600 111 222", jobTitle: "Head of accounts" } });
  const current = await fileTicket(customer);
  const open = await fileTicket(customer);
  const closed = await fileTicket(customer);
  await db.ticket.update({ where: { id: closed.id }, data: { status: "CLOSED" } });

  await signIn(page, agent);
  await page.goto(`/admin/tickets/${current.id}`);
  const card = page.getByTestId("requester-card");
  await expect(card).toContainText(customer.name);
  await expect(card).toContainText(customer.email);
  await expect(card).toContainText("+34 600 111 222");
  await expect(card).toContainText("Head of accounts");
  await expect(card).toContainText("Acme");
  const others = card.getByTestId("requester-other-tickets");
  await expect(others).toContainText(open.subject);
  await expect(others).not.toContainText(closed.subject);
  await expect(others).not.toContainText(current.subject);
  await card.getByRole("link", { name: open.subject }).click();
  await expect(page).toHaveURL(`/admin/tickets/${open.id}`);
  await page.getByTestId("requester-card").getByRole("link", { name: "Open their record" }).click();
  await expect(page).toHaveURL(`/admin/employees/${customer.id}`);
});

test("with more than five other open tickets the card links to the requester's queue", async ({ page, agent, customer }) => {
  const current = await fileTicket(customer);
  for (let i = 0; i < 6; i++) await fileTicket(customer);
  await signIn(page, agent);
  await page.goto(`/admin/tickets/${current.id}`);
  const card = page.getByTestId("requester-card");
  await expect(card.getByTestId("requester-other-tickets").getByRole("listitem")).toHaveCount(5);
  await expect(card.getByRole("link", { name: "+1 more" })).toHaveAttribute("href", `/admin?requester=${customer.id}`);
});

test("@phone the agent ticket page and its reply tools fit a 375 px screen", async ({ page, admin, agent, customer }) => {
  const current = await fileTicket(customer);
  await fileTicket(customer, "Another open one");
  // Through the service, as an admin's form does: the server keeps the reply box's choices until it announces a change.
  const canned = await saveCannedResponse(admin, { title: "Phone greeting", body: "Hello {{requester.name}}", locale: "any", active: true });
  expect(canned.ok).toBe(true);
  await signIn(page, agent);
  await page.goto(`/admin/tickets/${current.id}`);
  await expect(page.getByTestId("requester-card")).toContainText("Another open one");
  await page.getByRole("button", { name: "Insert canned response" }).click();
  await page.getByRole("combobox", { name: "Filter canned responses" }).fill("Phone greeting");
  await page.getByRole("option", { name: "Phone greeting" }).first().click();
  await expect(page.getByLabel("Your reply")).toHaveValue(`Hello ${customer.name}`);
  await page.getByRole("button", { name: "Insert KB article link" }).click();
  await expect(page.getByRole("combobox", { name: "Search the knowledge base" })).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow(), "horizontal overflow on the ticket page").toBeLessThanOrEqual(0);
  await page.goto("/admin/canned-responses");
  await expect(page.getByRole("heading", { name: "Canned responses" })).toBeVisible();
  expect(await overflow(), "horizontal overflow on the canned responses").toBeLessThanOrEqual(0);
});
