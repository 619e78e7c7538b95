import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { addReply } from "@/lib/tickets/service";
import { expect, fileTicket, newPage, retryWhileLocked, signIn, test } from "../fixtures";

test("an agent lands on the queue, works a ticket, and the customer sees only the public reply", async ({ browser, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  await expect(agentPage).toHaveURL("/admin");
  await agentPage.goto(`/admin?q=${encodeURIComponent(ticket.subject)}`);
  await expect(agentPage.getByTestId("queue")).toContainText(ticket.subject);

  await agentPage.getByRole("link", { name: ticket.subject }).click();
  await expect(agentPage).toHaveURL(`/admin/tickets/${ticket.id}`);

  await agentPage.getByLabel("Your reply").fill("Checked the logs: toner sensor.");
  await agentPage.getByLabel("Internal note (not shown to the requester)").check();
  await agentPage.getByRole("button", { name: "Add internal note" }).click();
  await expect(agentPage.getByTestId("ticket-message").filter({ hasText: "toner sensor" })).toContainText("Internal note");

  await agentPage.getByLabel("Internal note (not shown to the requester)").uncheck();
  await agentPage.getByLabel("Your reply").fill("We are sending a technician.");
  await agentPage.getByRole("button", { name: "Send reply" }).click();
  await expect(agentPage.getByTestId("ticket-message").filter({ hasText: "sending a technician" })).toBeVisible();

  await agentPage.getByLabel("Status").selectOption("WAITING_FOR_CUSTOMER");
  await agentPage.getByLabel("Assignee").selectOption({ label: agent.name });
  await agentPage.getByRole("button", { name: "Save changes" }).click();
  await expect(agentPage.getByText("Changes saved.")).toBeVisible();
  await expect(agentPage.getByText(`${agent.name} changed the status from Open to Waiting for customer`)).toBeVisible();

  const customerPage = await newPage(browser);
  await signIn(customerPage, customer);
  await customerPage.goto(`/tickets/${ticket.id}`);
  await expect(customerPage.getByText("We are sending a technician.")).toBeVisible();
  await expect(customerPage.getByText("Waiting for customer").first()).toBeVisible();
  await expect(customerPage.getByText("toner sensor")).toHaveCount(0);
});

const views = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Queue views" });

test("the views show unassigned, mine, all open and each status", async ({ page, customer, agent }) => {
  const token = randomUUID().slice(0, 8);
  const unassigned = await fileTicket(customer, `Unassigned ${token}`);
  const mine = await fileTicket(customer, `Mine ${token}`);
  const closed = await fileTicket(customer, `Closed ${token}`);
  await db.ticket.update({ where: { id: mine.id }, data: { assigneeId: agent.id, status: "OPEN" } });
  await db.ticket.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
  await signIn(page, agent);
  await page.goto(`/admin?q=${token}`);
  const table = page.getByTestId("queue");
  await expect(views(page).getByRole("link", { name: /All open/ })).toHaveAttribute("aria-current", "page");
  await expect(table).toContainText(unassigned.subject);
  await expect(table).toContainText(mine.subject);
  await expect(table).not.toContainText(closed.subject);

  await views(page).getByRole("link", { name: /Mine/ }).click();
  await expect(page).toHaveURL(/view=mine/);
  await expect(page).toHaveURL(new RegExp(`q=${token}`));
  await expect(table).toContainText(mine.subject);
  await expect(table).not.toContainText(unassigned.subject);

  await views(page).getByRole("link", { name: /Unassigned/ }).click();
  await expect(table).toContainText(unassigned.subject);
  await expect(table).not.toContainText(mine.subject);

  await views(page).getByRole("link", { name: /Closed/ }).click();
  await expect(table).toContainText(closed.subject);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);

  await views(page).getByRole("link", { name: /Resolved/ }).click();
  await expect(page.getByText("No tickets match these filters.")).toBeVisible();
});

test("a filter and a search narrow the queue, and a bad URL still shows it", async ({ page, customer, agent }) => {
  const token = randomUUID().slice(0, 8);
  const high = await fileTicket(customer, `Server down ${token}`);
  const low = await fileTicket(customer, `Mouse squeaks ${token}`);
  await db.ticket.update({ where: { id: high.id }, data: { priority: "CRITICAL" } });
  await db.ticket.update({ where: { id: low.id }, data: { priority: "LOW" } });
  await signIn(page, agent);
  await page.goto("/admin");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Search", { exact: true }).fill(token);
  await filters.getByLabel("Search", { exact: true }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${token}`));
  // A choice in a list applies at once: no "Apply" click.
  await filters.getByLabel("Priority").selectOption("CRITICAL");
  await expect(page).toHaveURL(/priority=CRITICAL/);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(page.getByTestId("queue")).toContainText(high.subject);

  await filters.getByLabel("Priority").selectOption("");
  await expect(page).not.toHaveURL(/priority=CRITICAL/);
  await filters.getByLabel("Sort by").selectOption("priority");
  await expect(page).toHaveURL(/sort=priority/);
  await expect(page.getByTestId("queue-row").first()).toContainText(high.subject);
  await expect(page.getByTestId("queue-row").last()).toContainText(low.subject);

  await page.goto(`/admin?view=nope&sort=zzz&priority=HUGE&olderThan=2&page=-1&q=${token}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(2);
});

test("a word only in a reply is found once the agent asks to search messages too", async ({ page, customer, agent }) => {
  const word = `r${randomUUID().slice(0, 8)}`;
  const ticket = await fileTicket(customer);
  await retryWhileLocked(() => addReply(customer, { ticketId: ticket.id, body: `The serial number is ${word}.` }));
  await signIn(page, agent);
  await page.goto(`/admin?q=${word}`);
  await expect(page.getByText("No tickets match these filters.")).toBeVisible();
  await expect(page.getByText("Searched subjects and descriptions.")).toBeVisible();
  await page.getByRole("link", { name: "Search messages and notes too" }).click();
  await expect(page).toHaveURL(/messages=1/);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(page.getByTestId("queue")).toContainText(ticket.subject);
  // The box stays ticked, and unticking it searches subjects and descriptions again.
  const messages = page.getByRole("form", { name: "Filters" }).getByLabel("Search messages and notes too");
  await expect(messages).toBeChecked();
  await messages.uncheck();
  await expect(page).not.toHaveURL(/messages=1/);
  await expect(page.getByTestId("queue-row")).toHaveCount(0);
});

test("bulk assign and bulk status change show in the table and in the ticket history", async ({ page, customer, agent }) => {
  const token = randomUUID().slice(0, 8);
  const first = await fileTicket(customer, `Bulk one ${token}`);
  const second = await fileTicket(customer, `Bulk two ${token}`);
  await signIn(page, agent);
  await page.goto(`/admin?q=${token}`);
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(2);
  const bulk = page.getByRole("form", { name: "Change the selected tickets" });
  await expect(bulk.getByRole("button", { name: "Apply to selected" })).toBeDisabled();

  await page.getByLabel("Select all tickets on this page").check();
  await expect(bulk).toContainText("2 tickets selected");
  await bulk.getByLabel("Change", { exact: true }).selectOption("assign:me");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await page.getByRole("dialog", { name: "Change the selected tickets?" }).getByRole("button", { name: "Apply", exact: true }).click();
  await expect(bulk.getByText("2 tickets updated.")).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(agent.name);

  await page.getByLabel(`Select ticket #${second.id}`).check();
  await bulk.getByLabel("Change", { exact: true }).selectOption("status:WAITING_FOR_CUSTOMER");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await page.getByRole("dialog", { name: "Change the selected tickets?" }).getByRole("button", { name: "Apply", exact: true }).click();
  await expect(bulk.getByText("1 ticket updated.")).toBeVisible();
  await expect(rows.filter({ hasText: second.subject })).toContainText("Waiting for customer");
  await expect(rows.filter({ hasText: first.subject })).toContainText("New");

  await page.goto(`/admin/tickets/${second.id}`);
  await expect(page.getByText(`${agent.name} changed the status from New to Waiting for customer`)).toBeVisible();
  await expect(page.getByText(new RegExp(`${agent.name} changed the assignee from .* to ${agent.name}`))).toBeVisible();
});

test("Mine does not show a ticket assigned to nobody", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, agent);
  await page.goto("/admin?view=mine");
  await expect(page.getByTestId("queue").or(page.getByText("No open tickets are assigned to you."))).toBeVisible();
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
});

test("an admin reaches the console too", async ({ page, admin }) => {
  await signIn(page, admin);
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { name: "Ticket queue" })).toBeVisible();
});

test("@phone the queue fits a 375 px screen and bulk actions stay reachable", async ({ page, customer, agent }) => {
  const token = randomUUID().slice(0, 8);
  const ticket = await fileTicket(customer, `Phone ${token}`);
  await signIn(page, agent);
  await page.goto(`/admin?q=${token}`);
  await expect(page.getByRole("heading", { name: "Ticket queue" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel(`Select ticket #${ticket.id}`).check();
  const bulk = page.getByRole("form", { name: "Change the selected tickets" });
  await bulk.getByLabel("Change", { exact: true }).selectOption("status:OPEN");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await page.getByRole("dialog", { name: "Change the selected tickets?" }).getByRole("button", { name: "Apply", exact: true }).click();
  await expect(bulk.getByText("1 ticket updated.")).toBeVisible();
});

test("bulk priority asks in the page's own dialog, and Cancel changes nothing", async ({ page, customer, agent }) => {
  const token = randomUUID().slice(0, 8);
  const ticket = await fileTicket(customer, `Bulk priority ${token}`);
  await signIn(page, agent);
  await page.goto(`/admin?q=${token}`);
  await page.getByLabel(`Select ticket #${ticket.id}`).check();
  const bulk = page.getByRole("form", { name: "Change the selected tickets" });
  await bulk.getByLabel("Change", { exact: true }).selectOption("priority:CRITICAL");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Change the selected tickets?" });
  await expect(dialog).toContainText("Set priority: Critical for 1 ticket?");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("MEDIUM");
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await dialog.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(bulk.getByText("1 ticket updated.")).toBeVisible();
  await expect(page.getByTestId("queue-row").filter({ hasText: token })).toContainText("Critical");
  await page.goto(`/admin/tickets/${ticket.id}`);
  await expect(page.getByText(`${agent.name} changed the priority from Medium to Critical`)).toBeVisible();
});

test("@phone on a phone the filters fold behind one button and each row reads as one column", async ({ page, customer, agent, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  const token = randomUUID().slice(0, 8);
  await fileTicket(customer, `Folded ${token}`);
  await signIn(page, agent);
  await page.goto(`/admin?q=${token}`);
  const filters = page.getByRole("form", { name: "Filters" });
  await expect(filters).toBeHidden();
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expect(filters).toBeVisible();
  await filters.getByLabel("Priority").selectOption("LOW");
  await expect(page).toHaveURL(/priority=LOW/);
  await page.goto(`/admin?q=${token}`);
  const row = page.getByTestId("queue-row").filter({ hasText: token });
  await expect(row).toContainText("New");
  await expect(row).toContainText(customer.name);
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
