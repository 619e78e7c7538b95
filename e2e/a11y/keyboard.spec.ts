import type { Locator, Page } from "@playwright/test";
import { PNG } from "@/test/files";
import { expect, test } from "../fixtures";

// Sign-in, a new ticket with an attachment, and a reply, with the keyboard only: every control is
// reached with Tab (never clicked or focused by the test) and worked with the keys a person uses.
// The one exception is the operating system's file dialog, which the test answers.

/** Presses Tab until `target` has focus; fails if it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test("sign-in, a new ticket with an attachment and a reply, by keyboard alone", async ({ page, customer }) => {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(customer.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(customer.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto("/tickets/new");
  await tabTo(page, page.getByRole("radio", { name: /Hardware/ }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /Hardware/ })).toBeChecked();
  await tabTo(page, page.getByLabel("Subject"));
  await page.keyboard.type("Keyboard only: the dock does not charge");
  await tabTo(page, page.getByLabel("Description"));
  await page.keyboard.type("The light stays off.");
  await tabTo(page, page.getByLabel("Attachments"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "dock.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
  await expect(page.getByRole("list", { name: "Files to send" }).getByRole("listitem")).toHaveCount(1);
  await tabTo(page, page.getByRole("button", { name: "Create ticket" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByTestId("attachment-link").filter({ hasText: "dock.png" })).toBeVisible();

  await tabTo(page, page.getByLabel("Your reply"));
  await page.keyboard.type("It charges with another cable.");
  await tabTo(page, page.getByRole("button", { name: "Send reply" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("ticket-message").filter({ hasText: "It charges with another cable." })).toBeVisible();
});
