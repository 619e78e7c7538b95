import { expect, formMessage, mailsTo, signInWithForm, test, waitForHydrationOnGoto } from "./fixtures";

test("forgot password: the same answer for any address, a link that works once", async ({ page, customer }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password/);
  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Send the link" }).click();
  const unknownAnswer = (await formMessage(page).textContent())!.replace("nobody-here@example.test", "<email>");

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(customer.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  const knownAnswer = (await formMessage(page).textContent())!.replace(customer.email, "<email>");
  expect(knownAnswer).toBe(unknownAnswer);

  const [mail] = await mailsTo(customer.email);
  const link = mail.text.match(/http\S+reset-password\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a different one");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("The two passwords are not the same.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL("/login?reset=1");
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await signInWithForm(page, { email: customer.email, password: "a brand new passphrase" });
  await page.getByRole("button", { name: "Sign out" }).click();

  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill("yet another passphrase");
  await page.getByLabel("Repeat the new password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(formMessage(page)).toContainText("This password reset link is invalid or has expired.");
});

test("sign-in is throttled after repeated failures, with the same generic message", async ({ page, customer }) => {
  await page.goto("/login");
  for (let i = 0; i < 10; i++) {
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Email").fill(customer.email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(formMessage(page)).toContainText("The email or password is not correct");
  }
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill(customer.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formMessage(page)).toContainText("The email or password is not correct");
  await expect(page).toHaveURL(/\/login/);
});

test("a user changes their password on /account; other sessions end, this one stays", async ({ browser, page, customer }) => {
  const other = await browser.newContext();
  const otherPage = waitForHydrationOnGoto(await other.newPage());
  await signInWithForm(otherPage, customer);
  await signInWithForm(page, customer);
  await page.goto("/account");
  await expect(page.getByTestId("sessions")).toContainText("(this browser)");
  await page.getByLabel("Current password").fill(customer.password);
  await page.getByLabel("New password", { exact: true }).fill("the other long passphrase");
  await page.getByLabel("Repeat the new password").fill("the other long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(formMessage(page).filter({ hasText: "Your password was changed." })).toBeVisible();
  await page.goto("/tickets");
  await expect(page).toHaveURL("/tickets");
  await otherPage.goto("/tickets");
  await expect(otherPage).toHaveURL(/\/login/);

  page.once("dialog", (dialog) => dialog.accept());
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
});
