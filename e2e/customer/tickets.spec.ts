import { expect, fileTicket, signIn, test } from "../fixtures";

test("a customer signs in, creates a ticket, finds it in My tickets and replies", async ({ page, customer }) => {
  await signIn(page, customer);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: `Hello, ${customer.name}` })).toBeVisible();

  await page.getByRole("link", { name: "New ticket" }).first().click();
  await expect(page).toHaveURL("/tickets/new");
  await page.getByRole("radio", { name: /Network and Wi-Fi/ }).check();
  await page.getByLabel("Subject").fill("VPN drops every hour");
  await page.getByLabel("Description").fill("Since Monday the VPN disconnects.\nRestarting does not help.");
  await page.getByLabel("Urgency").selectOption("HIGH");
  await page.getByRole("button", { name: "Create ticket" }).click();

  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole("heading", { name: /VPN drops every hour/ })).toBeVisible();
  await expect(page.getByText("Restarting does not help.")).toBeVisible();

  await page.getByRole("link", { name: "My tickets" }).first().click();
  await expect(page.getByTestId("ticket-list")).toContainText("VPN drops every hour");
  await page.getByRole("link", { name: /VPN drops every hour/ }).click();

  await page.getByLabel("Your reply").fill("It happened again at 10:15.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-message").filter({ hasText: "It happened again at 10:15." })).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveValue("");
});

test("a ticket with an empty subject is refused with a clear message and the text typed is kept", async ({ page, customer }) => {
  await signIn(page, customer);
  await page.goto("/tickets/new");
  await page.getByRole("radio", { name: /Hardware/ }).check();
  await page.getByLabel("Description").fill("My screen flickers.");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page.getByText("Enter a subject.")).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("My screen flickers.");
  await expect(page).toHaveURL("/tickets/new");
});

test("markup in a ticket is shown as text, never run", async ({ page, customer }) => {
  const ticket = await fileTicket(customer, `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>`);
  await signIn(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole("heading", { name: /<script>/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("@phone the portal works at 375 px without sideways scrolling", async ({ page, customer }) => {
  await fileTicket(customer, "Phone-sized check");
  await signIn(page, customer);
  for (const [path, heading] of [["/", `Hello, ${customer.name}`], ["/tickets", "My tickets"], ["/tickets/new", "New ticket"]]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
