import { expect, fileTicket, newPage, signIn, test } from "../fixtures";
import { makeKbCategory, publishArticle, uniqueWord } from "../kb/kb-fixtures";

test("an agent links a published article in a reply and the customer opens it; internal articles are not offered", async ({ browser, agent, customer }) => {
  const word = uniqueWord();
  const category = await makeKbCategory();
  const article = await publishArticle(agent, { categoryId: category.id, title: `Reset your VPN ${word}`, body: `Open the VPN client ${word}.` });
  await publishArticle(agent, { categoryId: category.id, title: `VPN server runbook ${word}`, visibility: "INTERNAL" });
  const ticket = await fileTicket(customer);

  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto(`/admin/tickets/${ticket.id}`);
  const reply = page.getByLabel("Your reply");
  await reply.fill("See: ");
  await page.getByRole("button", { name: "Insert KB article link" }).click();
  const search = page.getByRole("combobox", { name: "Search the knowledge base" });
  await search.fill(word);
  await expect(page.getByRole("option", { name: new RegExp(`Reset your VPN ${word}`) })).toBeVisible();
  await expect(page.getByRole("option", { name: /runbook/ })).toHaveCount(0);
  await page.getByRole("option", { name: new RegExp(`Reset your VPN ${word}`) }).click();
  const url = new URL(`/kb/${article.slug}`, page.url()).href;
  await expect(reply).toHaveValue(`See: Reset your VPN ${word} — ${url}`);

  // An internal note may link any published article.
  await page.getByLabel("Internal note (not shown to the requester)").check();
  await page.getByRole("button", { name: "Insert KB article link" }).click();
  await page.getByRole("combobox", { name: "Search the knowledge base" }).fill(word);
  await expect(page.getByRole("option", { name: /runbook/ })).toBeVisible();
  await page.getByRole("combobox", { name: "Search the knowledge base" }).press("Escape");
  await page.getByLabel("Internal note (not shown to the requester)").uncheck();

  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-message").filter({ hasText: word })).toBeVisible();

  const customerPage = await newPage(browser);
  await signIn(customerPage, customer);
  await customerPage.goto(`/tickets/${ticket.id}`);
  const link = customerPage.getByRole("link", { name: url });
  await expect(link).toHaveAttribute("href", url);
  await customerPage.goto(url);
  await expect(customerPage.getByRole("heading", { name: `Reset your VPN ${word}` })).toBeVisible();
});
