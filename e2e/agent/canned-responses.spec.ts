import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { expect, fileTicket, newPage, signIn, test } from "../fixtures";

test("an admin creates a canned response; an agent inserts it with the placeholders filled and sends it", async ({ browser, admin, agent, customer }) => {
  const title = `Password reset ${randomUUID().slice(0, 6)}`;
  const adminPage = await newPage(browser);
  await signIn(adminPage, admin);
  await adminPage.goto("/admin");
  await adminPage.getByRole("button", { name: "Settings" }).click();
  await adminPage.getByRole("link", { name: "Canned responses" }).click();
  await adminPage.getByRole("link", { name: "New canned response" }).click();
  await expect(adminPage.getByTestId("placeholder-help")).toContainText("{{requester.name}}");
  await adminPage.getByLabel("Title", { exact: true }).fill(title);
  await adminPage.getByRole("main").getByLabel("Language").selectOption("en");
  await adminPage.getByLabel("Text", { exact: true }).fill("Hello {{requester.name}}, about #{{ticket.id}} ({{ticket.subject}}): done. {{agent.name}}");
  await adminPage.getByRole("button", { name: "Create" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/canned-responses\?saved=1/);
  await expect(adminPage.getByTestId("canned-responses")).toContainText(title);

  const ticket = await fileTicket(customer);
  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto(`/admin/tickets/${ticket.id}`);
  const reply = page.getByLabel("Your reply");
  await reply.fill("Hi. ");
  // By keyboard: open the picker, filter, pick with Enter.
  await page.getByRole("button", { name: "Insert canned response" }).click();
  const filter = page.getByRole("combobox", { name: "Filter canned responses" });
  await expect(filter).toBeFocused();
  await filter.fill(title.toUpperCase());
  await expect(page.getByRole("option", { name: title })).toBeVisible();
  await filter.press("Enter");
  const expected = `Hi. Hello ${customer.name}, about #${ticket.id} (${ticket.subject}): done. ${agent.name}`;
  await expect(reply).toHaveValue(expected);
  await expect(reply).toBeFocused();
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-message").filter({ hasText: expected })).toBeVisible();
  await expect(reply).toHaveValue("");
});

test("agents read canned responses but cannot manage them; admins edit and delete with confirmation", async ({ browser, admin, agent }) => {
  const title = `Printer driver ${randomUUID().slice(0, 6)}`;
  const canned = await db.cannedResponse.create({ data: { title, body: "Install the driver from the portal.", createdById: admin.id } });

  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto(`/admin/canned-responses?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("canned-responses")).toContainText("Install the driver from the portal.");
  await expect(page.getByRole("link", { name: "New canned response" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  for (const path of ["/admin/canned-responses/new", `/admin/canned-responses/${canned.id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto("/admin/canned-responses?q=nothing-matches-this-zzz");
  await expect(page.getByText("No canned response matches your search.")).toBeVisible();

  const adminPage = await newPage(browser);
  await signIn(adminPage, admin);
  await adminPage.goto(`/admin/canned-responses?q=${encodeURIComponent(title)}`);
  await adminPage.getByRole("link", { name: title }).click();
  await expect(adminPage).toHaveURL(`/admin/canned-responses/${canned.id}`);
  await adminPage.getByLabel("Title", { exact: true }).fill("");
  await adminPage.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText("Enter a title.")).toBeVisible();
  await expect(adminPage.getByLabel("Text", { exact: true })).toHaveValue("Install the driver from the portal.");
  await adminPage.getByLabel("Title", { exact: true }).fill(`${title} v2`);
  await adminPage.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText("Canned response saved.")).toBeVisible();

  adminPage.once("dialog", (dialog) => dialog.dismiss());
  await adminPage.getByRole("button", { name: "Delete" }).click();
  await expect(adminPage).toHaveURL(`/admin/canned-responses/${canned.id}`);
  adminPage.once("dialog", (dialog) => dialog.accept());
  await adminPage.getByRole("button", { name: "Delete" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/canned-responses\?deleted=1/);
  expect(await db.cannedResponse.findUnique({ where: { id: canned.id } })).toBeNull();
});
