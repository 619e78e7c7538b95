import { expect, newPage, signIn, test } from "../fixtures";
import { say, startChat } from "./chat-fixtures";

test("the customer asks for a ticket; the agent converts the conversation; both link to each other", async ({ browser, customer, agent }) => {
  const portal = await newPage(browser);
  await signIn(portal, customer);
  const id = await startChat(portal, "The VPN drops every hour", /Start the conversation|Leave a message/);
  const console_ = await newPage(browser);
  await signIn(console_, agent);
  await console_.goto(`/admin/chat/${id}`);
  await console_.getByRole("button", { name: "Accept" }).click();
  await say(console_, "Which client version do you use?");
  await say(portal, "Version 5.2");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Version 5.2" })).toBeVisible();

  portal.once("dialog", (d) => d.accept());
  await portal.getByRole("button", { name: "Ask to turn it into a ticket" }).click();
  await expect(portal.getByText("You asked for a ticket; an agent will create it.")).toBeVisible();
  await expect(console_.getByText("The customer asked for a ticket.")).toBeVisible();

  await console_.getByLabel("Ticket subject").fill("VPN drops hourly");
  console_.once("dialog", (d) => d.accept());
  await console_.getByRole("button", { name: "Convert to a ticket" }).click();
  const link = console_.getByRole("link", { name: /This conversation became ticket #\d+/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(console_).toHaveURL(/\/admin\/tickets\/\d+$/);
  await expect(console_.getByRole("heading", { name: /VPN drops hourly/ })).toBeVisible();
  await expect(console_.getByText("Which client version do you use?")).toBeVisible();
  await expect(console_.getByText("Version 5.2")).toBeVisible();
  await expect(console_.getByText(/created this ticket from a chat conversation/)).toBeVisible();
  await expect(console_.getByRole("link", { name: "Open the chat conversation" })).toHaveAttribute("href", `/admin/chat/${id}`);

  // The customer's page shows the link live and the ticket is theirs.
  const customerLink = portal.getByRole("link", { name: /This conversation became ticket #\d+/ });
  await expect(customerLink).toBeVisible();
  await customerLink.click();
  await expect(portal.getByRole("heading", { name: /VPN drops hourly/ })).toBeVisible();
});
