import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { expect, newPage, signIn, type Person } from "../fixtures";

/** Everyone away: the portal then says support is offline (availability is shared by all tests). */
export async function everyoneAway() {
  await db.chatAgentStatus.updateMany({ data: { availability: "AWAY" } });
}

export async function setLocale(person: Person, locale: "en" | "es") {
  await db.user.update({ where: { id: person.id }, data: { locale } });
}

/** An agent's console page with them online (through the console's own switch). */
export async function agentOnline(browser: Parameters<typeof newPage>[0], agent: Person, goOnline: RegExp): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto("/admin/chat");
  const button = page.getByRole("button", { name: goOnline });
  if (await button.isVisible()) await button.click();
  await expect(page.getByTestId("availability")).toHaveText(/Online|En línea/);
  return page;
}

/** A conversation started by `customer` through the portal; returns its id. */
export async function startChat(page: Page, text: string, startLabel: RegExp): Promise<string> {
  await page.goto("/chat");
  await page.getByRole("textbox").first().fill(text);
  await page.getByRole("button", { name: startLabel }).click();
  await expect(page).toHaveURL(/\/chat\/[a-z0-9]+$/);
  await expect(page.getByTestId("chat-connection")).toHaveText(/Live|En directo/);
  return page.url().split("/").pop()!;
}

/** Types and sends a message with Enter. */
export async function say(page: Page, text: string) {
  const box = page.locator("#chat-body");
  await box.fill(text);
  await box.press("Enter");
  await expect(box).toHaveValue("");
}
