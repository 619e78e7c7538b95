import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/kb/service";
import { expect, fileTicket, signIn, test, type Person } from "../fixtures";

// axe-core on every portal page and the main console pages, at WCAG 2.2 AA: no violation at all.
// Tagged @phone, so the phone project runs it again at 375 px.

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

async function audit(page: Page, urls: string[]) {
  const found: string[] = [];
  for (const url of urls) found.push(...(await violationsOn(page, url)));
  expect(found, found.join("\n")).toEqual([]);
}

async function article(author: Person) {
  const category = await db.kbCategory.create({ data: { slug: `axe-${randomUUID()}`, nameEn: "Network", nameEs: "Red" } });
  const saved = await saveArticle(author, {
    title: "Reset the VPN client",
    slug: `axe-${randomUUID()}`,
    body: "Open **Settings**, then [the VPN page](/kb).\n\n1. Quit\n2. Start again",
    locale: "en",
    state: "PUBLISHED",
    visibility: "PORTAL",
    categoryId: category.id,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return { slug: (await db.kbArticle.findUniqueOrThrow({ where: { id: saved.data.id } })).slug, categorySlug: category.slug };
}

test.describe.configure({ timeout: 300_000 });

test("signed-out pages have no WCAG 2.2 AA violation @phone", async ({ page }) => {
  await audit(page, ["/login", "/forgot-password", "/reset-password?token=nothing", "/login/no-account"]);
});

test("portal pages have no WCAG 2.2 AA violation @phone", async ({ page, customer, agent }) => {
  const ticket = await fileTicket(customer);
  const kb = await article(agent);
  await signIn(page, customer);
  await audit(page, ["/", "/tickets", "/tickets/new", `/tickets/${ticket.id}`, "/account", "/change-password", "/kb", "/kb/search?q=vpn", "/kb/search?q=zzzzqq", `/kb/${kb.slug}`, `/kb/category/${kb.categorySlug}`]);
});

test("main console pages have no WCAG 2.2 AA violation @phone", async ({ page, customer, admin }) => {
  const ticket = await fileTicket(customer);
  await signIn(page, admin);
  await audit(page, [
    "/admin",
    `/admin/tickets/${ticket.id}`,
    "/admin/tickets/new",
    "/admin/employees",
    `/admin/employees/${customer.id}`,
    "/admin/organizations",
    "/admin/kb",
    "/admin/kb/new",
    "/admin/canned-responses",
    "/admin/request-types",
    "/admin/settings/portal",
  ]);
});
