import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { acceptConversation, postMessage, startConversation } from "@/lib/chat/service";
import { assignDocument } from "@/lib/documents/service";
import { answerConfirmations } from "@/lib/confirmations/service";
import { makeAsset } from "../asset-helpers";
import { noteFor, policyRequest, uploadDocument } from "../paperwork/fixtures";
import { expect, fileTicket, newPage, signIn, test } from "../fixtures";

// Dark mode (the device's setting) on the pages of every portal module and the console screens
// they feed: axe's colour-contrast rule, with content in each state the screens colour (new,
// unread, internal, pending, confirmed). test/dark-mode-palette.test.ts keeps every colour class
// mapped; this checks that the mapped colours read. Tagged @phone: the phone project runs it at 375 px.

test.describe.configure({ timeout: 300_000 });

async function contrastIn(page: Page, urls: string[]) {
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    // The page really is dark: the body's background (slate-50, #020617 in the dark) painted on a canvas.
    const background = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement("canvas"), { width: 1, height: 1 });
      const context = canvas.getContext("2d")!;
      context.fillStyle = getComputedStyle(document.body).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
    expect(background, url).toEqual([2, 6, 23]);
    const { violations, passes } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    // axe did look at the text (a page it could not read would "pass" with nothing checked).
    expect(passes.find((p) => p.id === "color-contrast")?.nodes.length ?? 0, url).toBeGreaterThan(3);
    for (const v of violations) found.push(`${url}: ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join(" | ")}`);
  }
  expect(found, found.join("\n")).toEqual([]);
}

test("portal pages of every module keep their contrast in dark mode @phone", async ({ page, browser, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const asset = await makeAsset(agent, customer);
  const note = await noteFor(agent, customer);
  const [first, second] = [await policyRequest(agent, [customer]), await policyRequest(agent, [customer])];
  await answerConfirmations(customer, { recipientIds: [second.recipientOf(customer)], decision: "confirm", signatureName: customer.name, agreed: true }, { ip: null, userAgent: null });
  const chat = await startConversation(customer, { body: "My laptop will not start." });
  if (!chat.ok) throw new Error(JSON.stringify(chat));
  await acceptConversation(agent, chat.data.id);
  await postMessage(agent, { conversationId: chat.data.id, body: "Hold the power button for ten seconds." });

  const agentPage = await newPage(browser);
  await signIn(agentPage, agent);
  const document = await uploadDocument(agentPage, {});
  const assigned = await assignDocument(agent, { documentId: document.id, target: { type: "person", email: customer.email } });
  if (!assigned.ok) throw new Error(JSON.stringify(assigned));
  await agentPage.close();

  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, customer);
  await contrastIn(page, [
    "/",
    `/tickets/${ticket.id}`,
    "/chat",
    `/chat/${chat.data.id}`,
    "/assets",
    `/assets/${asset.id}`,
    "/documents",
    "/notes",
    `/notes/${note.id}`,
    "/confirmations",
    `/confirmations/${first.recipientOf(customer)}`,
    `/confirmations/${second.recipientOf(customer)}/receipt`,
    "/account",
  ]);
});

test("console pages of the same modules keep their contrast in dark mode", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const asset = await makeAsset(agent, customer);
  const note = await noteFor(agent, customer);
  const request = await policyRequest(agent, [customer]);
  const chat = await startConversation(customer, { body: "The printer is offline." });
  if (!chat.ok) throw new Error(JSON.stringify(chat));
  await acceptConversation(agent, chat.data.id);
  await postMessage(agent, { conversationId: chat.data.id, body: "Checking the queue.", internal: true });
  await postMessage(agent, { conversationId: chat.data.id, body: "Restarting it now." });

  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, agent);
  await contrastIn(page, [
    "/admin",
    `/admin/tickets/${ticket.id}`,
    "/admin/chat",
    `/admin/chat/${chat.data.id}`,
    "/admin/assets",
    `/admin/assets/${asset.id}`,
    "/admin/documents",
    "/admin/notes",
    `/admin/notes/${note.id}`,
    "/admin/confirmations",
    `/admin/confirmations/${request.id}`,
    "/admin/notifications",
  ]);
  expect(await db.chatMessage.count({ where: { conversationId: chat.data.id, kind: "INTERNAL" } })).toBe(1);
});
