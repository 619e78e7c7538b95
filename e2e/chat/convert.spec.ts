import { expect, newPage, signIn, test } from "../fixtures";
import { PDF, PNG } from "@/test/files";
import { say, startChat } from "./chat-fixtures";

const file = (name: string, mimeType: string, bytes: Uint8Array) => ({ name, mimeType, buffer: Buffer.from(bytes) });

test("the customer asks for a ticket; the agent converts the conversation; both link to each other", async ({ browser, customer, agent }) => {
  test.slow(); // two browsers, files both ways, a conversion and both sides' ticket pages
  const portal = await newPage(browser);
  await signIn(portal, customer);
  const id = await startChat(portal, "The VPN drops every hour", /Start the conversation|Leave a message/);
  const console_ = await newPage(browser);
  await signIn(console_, agent);
  await console_.goto(`/admin/chat/${id}`);
  await console_.getByRole("button", { name: "Accept" }).click();
  await say(console_, "Which client version do you use?");
  await portal.getByLabel("Attachments").setInputFiles([file("vpn-error.png", "image/png", PNG)]);
  await say(portal, "Version 5.2");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Version 5.2" }).getByRole("link", { name: "vpn-error.png" })).toBeVisible();
  await console_.getByLabel(/Internal note/).check();
  await console_.getByLabel("Attachments").setInputFiles([file("vpn-log.pdf", "application/pdf", PDF)]);
  await say(console_, "Log from the gateway");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Log from the gateway" })).toBeVisible();
  await console_.getByLabel(/Internal note/).uncheck();

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
  // The chat's files are the ticket's own attachments now, served by the ticket's download route.
  const agentFiles = console_.getByTestId("attachment-link");
  await expect(agentFiles).toHaveText([/vpn-error\.png/, /vpn-log\.pdf/]);
  const imageHref = (await agentFiles.filter({ hasText: "vpn-error.png" }).getAttribute("href"))!;
  const noteHref = (await agentFiles.filter({ hasText: "vpn-log.pdf" }).getAttribute("href"))!;
  expect(imageHref).toMatch(/^\/api\/attachments\/[a-z0-9]+$/);
  const image = await console_.request.get(imageHref);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await image.body())).toEqual(Buffer.from(PNG));
  expect((await console_.request.get(noteHref)).status()).toBe(200);
  await expect(console_.getByText(/created this ticket from a chat conversation/)).toBeVisible();
  await expect(console_.getByRole("link", { name: "Open the chat conversation" })).toHaveAttribute("href", `/admin/chat/${id}`);

  // The customer's page shows the link live and the ticket is theirs.
  const customerLink = portal.getByRole("link", { name: /This conversation became ticket #\d+/ });
  await expect(customerLink).toBeVisible();
  await customerLink.click();
  await expect(portal.getByRole("heading", { name: /VPN drops hourly/ })).toBeVisible();
  // The requester gets their file, not the file of the agents' internal note.
  await expect(portal.getByTestId("attachment-link")).toHaveText([/vpn-error\.png/]);
  expect((await portal.request.get(imageHref)).status()).toBe(200);
  expect((await portal.request.get(noteHref)).status()).toBe(404);
});
