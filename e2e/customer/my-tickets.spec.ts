import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { addReply, updateTicket } from "@/lib/tickets/service";
import { expect, fileTicket, formMessage, signIn, test } from "../fixtures";

test("My tickets filters by state, searches messages and marks new agent replies until read", async ({ page, customer, agent }) => {
  const word = `kw${randomUUID().slice(0, 6)}`;
  const waiting = await fileTicket(customer, `Waiting one ${randomUUID().slice(0, 4)}`);
  const open = await fileTicket(customer, `Open one ${randomUUID().slice(0, 4)}`);
  await updateTicket(agent, { ticketId: waiting.id, version: 0, status: "WAITING_FOR_CUSTOMER", priority: "MEDIUM", assigneeId: "" });
  await addReply(agent, { ticketId: waiting.id, body: `Please send the ${word} from the label.` });

  await signIn(page, customer);
  await page.goto("/tickets");
  const list = page.getByTestId("ticket-list");
  await expect(list.getByRole("link", { name: new RegExp(waiting.subject) })).toContainText("New reply");
  await expect(list.getByRole("link", { name: new RegExp(open.subject) })).not.toContainText("New reply");

  await page.getByRole("link", { name: "Waiting for me" }).click();
  await expect(page).toHaveURL(/filter=waiting/);
  await expect(list).toContainText(waiting.subject);
  await expect(list).not.toContainText(open.subject);

  await page.getByRole("link", { name: "All", exact: true }).click();
  await page.getByRole("searchbox").fill(word.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(list).toContainText(waiting.subject);
  await expect(list).not.toContainText(open.subject);

  await page.getByRole("link", { name: "Closed", exact: true }).click();
  await expect(page).toHaveURL(/filter=closed.*q=|q=.*filter=closed/);
  await expect(page.getByText("No tickets match.")).toBeVisible();

  await page.goto(`/tickets/${waiting.id}`);
  await page.goto("/tickets");
  await expect(list.getByRole("link", { name: new RegExp(waiting.subject) })).not.toContainText("New reply");
});

test("a customer resolves their ticket, rates it once, and reopens it with a reason", async ({ page, customer }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole("button", { name: "This solved my problem" }).click();
  await expect(page.getByText("Resolved").first()).toBeVisible();
  // One clear choice: neither the rating nor the reopen form, nor the reply box, until chosen.
  await expect(page.getByRole("button", { name: "Send rating" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toHaveCount(0);
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, rate the help" }).click();

  await page.getByRole("button", { name: "Send rating" }).click();
  await expect(page.getByText("Choose a rating from 1 to 5.")).toBeVisible();
  // The stars are a radio group: the keyboard moves between them.
  await page.getByLabel("1 star", { exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("4 stars")).toBeChecked();
  await page.getByLabel("Comment (optional)").fill("Fast and friendly");
  await page.getByRole("button", { name: "Send rating" }).click();
  await expect(page.getByTestId("rating-given")).toContainText("You rated this ticket 4 out of 5.");
  await expect(page.getByRole("button", { name: "Send rating" })).toHaveCount(0);

  await page.getByRole("button", { name: "No, reopen it" }).click();
  await page.getByRole("button", { name: "Reopen ticket" }).click();
  await expect(page.getByText("Say why you are reopening the ticket.")).toBeVisible();
  await page.getByLabel("Why are you reopening the ticket?").fill("The printer jams again.");
  await page.getByRole("button", { name: "Reopen ticket" }).click();
  await expect(page.getByTestId("ticket-message").filter({ hasText: "The printer jams again." })).toBeVisible();
  await expect(page.getByRole("button", { name: "This solved my problem" })).toBeVisible();
  expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "OPEN", rating: 4 });
});

test("links in ticket text are clickable and safe; nothing else is interpreted", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  await addReply(agent, { ticketId: ticket.id, body: "Guide: https://example.com/vpn?x=1. Or **bold** <b>no</b> javascript:alert(1) mailto:help@example.com" });
  await signIn(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  const message = page.getByTestId("ticket-message").first();
  const link = message.getByRole("link", { name: "https://example.com/vpn?x=1" });
  await expect(link).toHaveAttribute("href", "https://example.com/vpn?x=1");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  await expect(message.getByRole("link", { name: "mailto:help@example.com" })).toHaveAttribute("href", "mailto:help@example.com");
  await expect(message.getByRole("link")).toHaveCount(2);
  await expect(message).toContainText("**bold** <b>no</b> javascript:alert(1)");
});

test("the requester is emailed on an agent's reply and status change, unless they muted it", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, customer);
  await page.goto("/tickets");
  const agentPage = await (await page.context().browser()!.newContext()).newPage();
  await signIn(agentPage, agent);
  await agentPage.goto(`/admin/tickets/${ticket.id}`);
  await agentPage.getByLabel("Your reply").fill("Replace the toner, please.");
  await agentPage.getByRole("button", { name: "Send reply" }).click();
  await expect(agentPage.getByTestId("ticket-message").filter({ hasText: "Replace the toner" })).toBeVisible();
  // Besides the acknowledgement of the ticket filed above ("ticket-filed"), one email: the reply.
  const aboutTicket = { to: customer.email, kind: { not: "ticket-filed" } };
  await expect.poll(async () => (await db.emailMessage.findMany({ where: aboutTicket })).map((m) => m.kind)).toEqual(["ticket-reply"]);
  const mail = await db.emailMessage.findFirstOrThrow({ where: aboutTicket });
  expect(mail.text).toContain("Replace the toner, please.");
  expect(mail.text).toContain(`/tickets/${ticket.id}`);

  await page.getByLabel("Email me when support replies or changes the status of my tickets").uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Your email preference was saved.")).toBeVisible();
  await agentPage.getByLabel("Your reply").fill("Second reply, muted.");
  await agentPage.getByRole("button", { name: "Send reply" }).click();
  await expect(agentPage.getByTestId("ticket-message").filter({ hasText: "Second reply, muted." })).toBeVisible();
  expect(await db.emailMessage.count({ where: aboutTicket })).toBe(1);
});

test("a customer cannot rate or resolve someone else's ticket by forging the form", async ({ page, customer, otherCustomer }) => {
  const target = await fileTicket(customer);
  const own = await fileTicket(otherCustomer);
  await signIn(page, otherCustomer);
  await page.goto(`/tickets/${own.id}`);
  await page.locator('input[name="ticketId"]').first().evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), target.id);
  await page.getByRole("button", { name: "This solved my problem" }).click();
  await expect(formMessage(page).filter({ hasText: "This ticket does not exist or is not yours to see." })).toBeVisible();
  expect((await db.ticket.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("NEW");

  await db.ticket.update({ where: { id: target.id }, data: { status: "RESOLVED" } });
  await db.ticket.update({ where: { id: own.id }, data: { status: "RESOLVED" } });
  await page.reload();
  await page.getByRole("button", { name: "Yes, rate the help" }).click();
  await page.getByLabel("1 star").check();
  // After choosing (which re-renders the form), point the real action at the other ticket.
  await page.locator('form:has(button:text("Send rating")) input[name="ticketId"]').evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), target.id);
  await page.getByRole("button", { name: "Send rating" }).click();
  await expect(formMessage(page).filter({ hasText: "This ticket does not exist or is not yours to see." })).toBeVisible();
  expect((await db.ticket.findUniqueOrThrow({ where: { id: target.id } })).rating).toBeNull();
});

test("@phone My tickets and a resolved ticket fit a 375 px screen", async ({ page, customer }) => {
  const ticket = await fileTicket(customer);
  await db.ticket.update({ where: { id: ticket.id }, data: { status: "RESOLVED" } });
  await signIn(page, customer);
  for (const path of ["/tickets", `/tickets/${ticket.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
