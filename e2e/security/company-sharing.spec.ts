import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { localStorage } from "@/lib/storage/local";
import { createTicket } from "@/lib/tickets/service";
import { PNG } from "@/test/files";
import { E2E_STORAGE_DIR } from "../env";
import { createPerson, expect, formMessage, newPage, signIn, test, type Person } from "../fixtures";

/** Two colleagues of a fresh organization (sharing as given) and a ticket of the first, with a file. */
async function company(shareTickets: boolean) {
  const organizationName = `Org ${randomUUID().slice(0, 8)}`;
  const requester = await createPerson("CUSTOMER", `Rita ${randomUUID().slice(0, 4)}`, organizationName);
  const colleague = await createPerson("CUSTOMER", undefined, organizationName);
  await db.organization.update({ where: { name: organizationName }, data: { shareTickets } });
  const category = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });
  const subject = `Shared printer ${randomUUID().slice(0, 6)}`;
  const created = await createTicket(
    requester,
    { subject, description: "Jams on page 2.", categoryId: category.id, urgency: "LOW" },
    { storage: localStorage(E2E_STORAGE_DIR), files: [{ name: "jam.png", bytes: PNG }] },
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  const attachment = await db.attachment.findFirstOrThrow({ where: { ticketId: created.data.id } });
  return { requester, colleague, ticket: { id: created.data.id, subject }, attachmentId: attachment.id };
}

/** Sends the real reply form of the viewer's own ticket, pointed at `targetId`. */
async function forgeReply(page: Page, viewer: Person, targetId: number) {
  const own = await createTicket(viewer, {
    subject: "Own ticket",
    description: "x",
    categoryId: (await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } })).id,
    urgency: "LOW",
  });
  if (!own.ok) throw new Error("ticket");
  await page.goto(`/tickets/${own.data.id}`);
  await page.getByLabel("Your reply").fill("forged reply");
  await page.locator('form:has(#body) input[name="ticketId"]').evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), targetId);
  await page.getByRole("button", { name: "Send reply" }).click();
}

test("sharing off: a colleague gets a 404 on the ticket, the attachment and a reply, and no company list", async ({ page }) => {
  const { colleague, ticket, attachmentId } = await company(false);
  await signIn(page, colleague);
  expect((await page.goto(`/tickets/${ticket.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/attachments/${attachmentId}`)).status()).toBe(404);
  await page.goto("/tickets?scope=company");
  await expect(page.getByRole("link", { name: "My company" })).toHaveCount(0);
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
  await forgeReply(page, colleague, ticket.id);
  await expect(formMessage(page)).toContainText("This ticket does not exist or is not yours to see.");
  expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(0);
});

test("sharing on: a colleague finds the ticket under My company, reads, downloads and replies, but cannot resolve or rate @phone", async ({ page }) => {
  const { requester, colleague, ticket, attachmentId } = await company(true);
  await signIn(page, colleague);
  await page.goto("/tickets");
  await expect(page.getByText(ticket.subject)).toHaveCount(0);
  await page.getByRole("link", { name: "My company" }).click();
  await expect(page).toHaveURL(/scope=company/);
  const item = page.getByTestId("ticket-list").getByRole("link", { name: new RegExp(ticket.subject) });
  await expect(item).toContainText(`Requested by ${requester.name}`);
  await item.click();
  await expect(page.getByRole("heading", { name: ticket.subject })).toBeVisible();
  await expect(page.getByRole("button", { name: "This solved my problem" })).toHaveCount(0);
  const download = await page.request.get(`/api/attachments/${attachmentId}`);
  expect(download.status()).toBe(200);
  await page.getByLabel("Your reply").fill("Same problem on our floor");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-message").filter({ hasText: "Same problem on our floor" })).toBeVisible();

  // Resolving stays the requester's, even when the colleague forges their own ticket's form.
  const own = await createTicket(colleague, { subject: "Own ticket", description: "x", categoryId: (await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } })).id, urgency: "LOW" });
  if (!own.ok) throw new Error("ticket");
  await page.goto(`/tickets/${own.data.id}`);
  await page.locator('form:has(button:text("This solved my problem")) input[name="ticketId"]').evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), ticket.id);
  await page.getByRole("button", { name: "This solved my problem" }).click();
  await expect(formMessage(page)).toContainText("This ticket does not exist or is not yours to see.");

  // Once resolved, the colleague is offered neither reopening nor rating.
  await db.ticket.update({ where: { id: ticket.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByText("Send reply")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send rating" })).toHaveCount(0);
  const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
  expect([row.status, row.rating]).toEqual(["RESOLVED", null]);
});

test("sharing on: another organization and a customer without organization never see the ticket", async ({ page, browser }) => {
  const { ticket, attachmentId } = await company(true);
  const outsider = await createPerson("CUSTOMER", undefined, `Other ${randomUUID().slice(0, 8)}`);
  const loner = await createPerson("CUSTOMER", undefined, "");
  expect(loner.organizationId).toBeNull();
  for (const [index, person] of [outsider, loner].entries()) {
    const p = index === 0 ? page : await newPage(browser);
    await signIn(p, person);
    expect((await p.goto(`/tickets/${ticket.id}`))?.status()).toBe(404);
    expect((await p.request.get(`/api/attachments/${attachmentId}`)).status()).toBe(404);
    await p.goto("/tickets?scope=company");
    await expect(p.getByText(ticket.subject)).toHaveCount(0);
  }
});

test("an admin turns sharing on in /admin/organizations; agents only read it; customers get a 404", async ({ page, browser, admin, agent }) => {
  const { colleague, ticket } = await company(false);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: colleague.organizationId! } });
  await signIn(page, admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Organizations" }).click();
  await expect(page).toHaveURL(/\/admin\/organizations/);
  await page.getByRole("searchbox").fill(organization.name);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByTestId("organizations").getByRole("row", { name: new RegExp(organization.name) });
  await expect(row).toContainText("2");
  await row.getByRole("link", { name: organization.name }).click();
  await page.getByLabel("Members see each other's tickets").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(formMessage(page)).toContainText("Saved.");
  expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).shareTickets).toBe(true);

  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  await agentPage.goto(`/admin/organizations/${organization.id}`);
  await expect(agentPage.getByRole("heading", { name: organization.name })).toBeVisible();
  await expect(agentPage.getByRole("button", { name: "Save" })).toHaveCount(0);

  const colleaguePage = await newPage(browser);
  await signIn(colleaguePage, colleague);
  expect((await colleaguePage.goto("/admin/organizations"))?.status()).toBe(404);
  expect((await colleaguePage.goto(`/admin/organizations/${organization.id}`))?.status()).toBe(404);
  expect((await colleaguePage.goto(`/tickets/${ticket.id}`))?.status()).toBe(200);
});
