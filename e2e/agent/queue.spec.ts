import { expect, fileTicket, newPage, signIn, test } from "../fixtures";

test("an agent lands on the queue, works a ticket, and the customer sees only the public reply", async ({ browser, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  await expect(agentPage).toHaveURL("/admin");
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

test("the queue filters by assignee and status", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, agent);
  await page.goto("/admin?assignee=me");
  await expect(page.getByTestId("queue").or(page.getByText("No tickets match these filters."))).toBeVisible();
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
  await page.goto("/admin?status=NEW&assignee=none");
  await expect(page.getByTestId("queue")).toContainText(ticket.subject);
  await page.getByLabel("Status").selectOption("CLOSED");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=CLOSED/);
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
});

test("an admin reaches the console too", async ({ page, admin }) => {
  await signIn(page, admin);
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { name: "Ticket queue" })).toBeVisible();
});
