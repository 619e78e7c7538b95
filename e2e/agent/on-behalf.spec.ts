import { expect, mailsTo, newPage, signIn, test } from "../fixtures";

test("an agent opens a ticket on behalf of a customer, who sees it in My tickets and got an email", async ({ page, agent, customer, browser }) => {
  await signIn(page, agent);
  await page.goto("/admin");
  await page.getByRole("link", { name: "New ticket" }).first().click();
  await expect(page).toHaveURL("/admin/tickets/new");
  await page.getByLabel("Find the requester").fill(customer.name);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: `Choose ${customer.name}` }).click();
  await expect(page.getByTestId("chosen-requester")).toHaveText(customer.name);

  await page.getByRole("radio", { name: /Hardware/ }).check();
  await page.getByLabel("Asset tag").fill("ACME-0777");
  await page.getByLabel("Subject").fill("Phoned in: monitor is dead");
  await page.getByLabel("Description").fill("Called the desk at 9:05.");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/admin\/tickets\/\d+$/);
  const id = page.url().split("/").pop();
  await expect(page.getByText(`${agent.name} opened this ticket on behalf of ${customer.name}`)).toBeVisible();
  await expect(page.getByTestId("ticket-fields")).toContainText("ACME-0777");

  const mails = await mailsTo(customer.email);
  expect(mails.at(-1)?.text).toContain(`/tickets/${id}`);

  const portal = await newPage(browser);
  await signIn(portal, customer);
  await portal.goto("/tickets");
  await expect(portal.getByTestId("ticket-list")).toContainText("Phoned in: monitor is dead");
  await portal.goto(`/tickets/${id}`);
  await expect(portal.getByTestId("ticket-fields")).toContainText("ACME-0777");
});

test("a person's record links to a ticket for them, with the requester already chosen", async ({ page, agent, customer }) => {
  await signIn(page, agent);
  await page.goto(`/admin/employees/${customer.id}`);
  await page.getByRole("link", { name: "New ticket for this person" }).click();
  await expect(page).toHaveURL(`/admin/tickets/new?requester=${customer.id}`);
  await expect(page.getByTestId("chosen-requester")).toHaveText(customer.name);
});
