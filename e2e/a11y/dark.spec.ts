import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { acceptConversation, postMessage, startConversation } from "@/lib/chat/service";
import { assignDocument } from "@/lib/documents/service";
import { answerConfirmations } from "@/lib/confirmations/service";
import { makeAsset } from "../asset-helpers";
import { noteFor, policyRequest, uploadDocument } from "../paperwork/fixtures";
import { expect, fileTicket, newPage, signIn, test } from "../fixtures";

// The pages of every portal module and the console screens they feed, with content in each state
// the screens colour (new, unread, internal, pending, confirmed): axe at WCAG 2.2 AA in light mode,
// and its colour-contrast rule again in dark mode (the device's setting). test/dark-mode-palette.test.ts
// keeps every colour class mapped; this checks that the mapped colours read. Tagged @phone: the
// phone project runs the portal pages again at 375 px.

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
// The body's background (slate-50) in each scheme, as painted.
const BACKGROUND = { light: [248, 250, 252], dark: [2, 6, 23] };

test.describe.configure({ timeout: 600_000 });

async function auditBothSchemes(page: Page, urls: string[]) {
  const found: string[] = [];
  for (const url of urls) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // The page really is in this scheme: the body's background painted on a canvas.
      const background = await page.evaluate(() => {
        const canvas = Object.assign(document.createElement("canvas"), { width: 1, height: 1 });
        const context = canvas.getContext("2d")!;
        context.fillStyle = getComputedStyle(document.body).backgroundColor;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      });
      expect(background, `${url} (${scheme})`).toEqual(BACKGROUND[scheme]);
      const axe = new AxeBuilder({ page });
      const { violations, passes } = await (scheme === "light" ? axe.withTags(WCAG_22_AA) : axe.withRules(["color-contrast"])).analyze();
      // axe did look at the text (a page it could not read would "pass" with nothing checked).
      expect(passes.find((p) => p.id === "color-contrast")?.nodes.length ?? 0, url).toBeGreaterThan(3);
      for (const v of violations) {
        found.push(`${url} (${scheme}): ${v.id} ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join(" | ")}`);
      }
    }
  }
  expect(found, found.join("\n")).toEqual([]);
}

test("portal pages of every module pass axe in light mode and keep their contrast in dark mode @phone", async ({ page, browser, customer, agent }) => {
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

  await signIn(page, customer);
  await auditBothSchemes(page, [
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

test("console pages of the same modules pass axe in light mode and keep their contrast in dark mode", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const asset = await makeAsset(agent, customer);
  const note = await noteFor(agent, customer);
  const request = await policyRequest(agent, [customer]);
  const chat = await startConversation(customer, { body: "The printer is offline." });
  if (!chat.ok) throw new Error(JSON.stringify(chat));
  await acceptConversation(agent, chat.data.id);
  await postMessage(agent, { conversationId: chat.data.id, body: "Checking the queue.", internal: true });
  await postMessage(agent, { conversationId: chat.data.id, body: "Restarting it now." });

  await signIn(page, agent);
  await auditBothSchemes(page, [
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
