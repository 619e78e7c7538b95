import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { E2E_BASE_URL, E2E_ENTRA, E2E_GOOGLE } from "../env";
import { expect, formMessage, signInWithForm, test, type Person } from "../fixtures";
import { registerIdentity } from "./identities";

// Single sign-on through the real redirect: Portico's button, the local provider's sign-in and
// consent pages, the code exchange with PKCE, state and nonce, ID-token validation, the session.

// Each test goes through two servers and several redirects, slowly on a busy machine.
test.describe.configure({ timeout: 90_000 });

type ProviderName = "Microsoft" | "Google";
const PROVIDERS = {
  Microsoft: { id: "microsoft-entra-id", issuer: E2E_ENTRA.issuer },
  Google: { id: "google", issuer: E2E_GOOGLE.issuer },
} as const;

/** An identity at the provider; its login is what is typed on the provider's sign-in page. */
async function identity(provider: ProviderName, claims: Record<string, unknown>) {
  const sub = randomUUID();
  const login = `${provider.toLowerCase()}-${sub}`;
  await registerIdentity(PROVIDERS[provider].issuer, { login, claims: { sub, name: "Someone at the provider", ...claims } });
  return { sub, login };
}

const microsoftClaims = (email: string) => ({ email, xms_edov: true, preferred_username: email });
const googleClaims = (email: string, verified = true) => ({ email, email_verified: verified });

/** From Portico's sign-in page to the provider and back, signing in and consenting there. */
async function signInWith(page: Page, provider: ProviderName, login: string, from = "/login") {
  await page.goto(from);
  await page.getByRole("button", { name: `Sign in with ${provider}` }).click();
  await expect(page.getByRole("heading", { name: `Sign in to ${provider} (local)` })).toBeVisible();
  await page.getByLabel("Account").fill(login);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
}

/**
 * Goes as far as the provider's redirect back to Portico and keeps that answer (with Portico's
 * check cookies as they were) unused. A route sees only the first request of a redirect chain, so
 * the consent form is sent by the test, which follows the provider's own redirects itself.
 */
async function stopAtCallback(page: Page, context: BrowserContext, provider: ProviderName, login: string) {
  let captured: { url: string; cookies: Cookie[] } | undefined;
  const issuer = PROVIDERS[provider].issuer;
  await page.route(`${issuer}/interaction/*/consent`, async (route) => {
    let response = await route.fetch({ maxRedirects: 0 });
    let location = new URL(response.headers()["location"], issuer);
    for (let hops = 0; location.origin === issuer && hops < 5; hops++) {
      response = await context.request.get(location.toString(), { maxRedirects: 0 });
      location = new URL(response.headers()["location"], issuer);
    }
    captured = { url: location.toString(), cookies: await context.cookies(E2E_BASE_URL) };
    await route.fulfill({ status: 200, contentType: "text/plain", body: "held back by the test" });
  });
  await signInWith(page, provider, login);
  await expect(page.getByText("held back by the test")).toBeVisible();
  await page.unrouteAll();
  expect(captured!.url).toContain(`${E2E_BASE_URL}/api/auth/callback/${PROVIDERS[provider].id}?`);
  return captured!;
}

async function sessionsOf(person: Person) {
  return db.authSession.count({ where: { userId: person.id } });
}

async function expectSignedInAs(page: Page, person: Person) {
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByText(person.name).first()).toBeVisible();
}

async function freshPage(browser: Browser, cookies: Cookie[] = []) {
  const context = await browser.newContext({ locale: "en-US" });
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

for (const provider of ["Microsoft", "Google"] as const) {
  test(`a provisioned user signs in with ${provider}; the link is stored as (provider, subject)`, async ({ page, customer }) => {
    const claims = provider === "Microsoft" ? microsoftClaims(customer.email.toUpperCase()) : googleClaims(customer.email.toUpperCase());
    const { sub, login } = await identity(provider, claims);
    await signInWith(page, provider, login, "/tickets/new");
    await expect(page).toHaveURL("/tickets/new");
    await expectSignedInAs(page, customer);
    const links = await db.oAuthAccount.findMany({ where: { userId: customer.id }, select: { provider: true, providerAccountId: true } });
    expect(links).toEqual([{ provider: PROVIDERS[provider].id, providerAccountId: sub }]);
    expect(await sessionsOf(customer)).toBe(1);
  });
}

test("a forced change after single sign-on still asks for the current password; the session records how it was opened", async ({ page, customer }) => {
  await db.user.update({ where: { id: customer.id }, data: { mustChangePassword: true } });
  const { login } = await identity("Google", googleClaims(customer.email));
  await signInWith(page, "Google", login);
  await expect(page).toHaveURL("/change-password");
  // Nobody typed a password in this browser: the minutes after signing in prove nothing.
  await expect(page.getByLabel("Password from the email")).toBeVisible();
  expect(await db.authSession.findMany({ where: { userId: customer.id }, select: { signInMethod: true } })).toEqual([{ signInMethod: "google" }]);
  await page.getByLabel("New password", { exact: true }).fill("violet kettle under the bridge");
  await page.getByLabel("Repeat the new password").fill("violet kettle under the bridge");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).mustChangePassword).toBe(true);

  // The same person signing in with their password gets the fresh forced change.
  await page.context().clearCookies();
  await signInWithForm(page, customer);
  await expect(page).toHaveURL("/change-password");
  await expect(page.getByLabel("Password from the email")).toHaveCount(0);
  expect((await db.authSession.findMany({ where: { userId: customer.id }, select: { signInMethod: true } })).map((s) => s.signInMethod).sort()).toEqual(["google", "password"]);
});

test("single sign-on with a return address that leaves the site lands on Portico's default page", async ({ page, customer }) => {
  const { login } = await identity("Google", googleClaims(customer.email));
  await signInWith(page, "Google", login, `/login?callbackUrl=${encodeURIComponent("/\t/evil.example/")}`);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
  await expectSignedInAs(page, customer);
});

test("an unknown email is refused with the 'no portal account' page and nothing is created", async ({ page }) => {
  const email = `stranger-${randomUUID()}@example.test`;
  const { sub, login } = await identity("Microsoft", microsoftClaims(email));
  await signInWith(page, "Microsoft", login);
  await expect(page).toHaveURL(/\/login\/no-account/);
  await expect(page.getByRole("heading", { name: "No portal account for this address" })).toBeVisible();
  await expect(page.getByText("Contact your IT department.")).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(0);
  expect(await db.oAuthAccount.count({ where: { providerAccountId: sub } })).toBe(0);
  await page.goto("/tickets");
  await expect(page).toHaveURL(/\/login/);
});

test("an email the provider has not verified is refused, even for a provisioned user", async ({ page, customer }) => {
  const { login } = await identity("Google", googleClaims(customer.email, false));
  await signInWith(page, "Google", login);
  await expect(page.getByRole("heading", { name: "Email address not confirmed" })).toBeVisible();
  expect(await db.oAuthAccount.count({ where: { userId: customer.id } })).toBe(0);
  expect(await sessionsOf(customer)).toBe(0);
});

test("a user whose portal access is off is refused", async ({ page, customer }) => {
  await db.user.update({ where: { id: customer.id }, data: { portalAccess: false } });
  const { login } = await identity("Google", googleClaims(customer.email));
  await signInWith(page, "Google", login);
  await expect(page.getByRole("heading", { name: "No portal account for this address" })).toBeVisible();
  expect(await db.oAuthAccount.count({ where: { userId: customer.id } })).toBe(0);
  expect(await sessionsOf(customer)).toBe(0);
});

test("a linked identity whose email later changes to another user's still signs in as its own user", async ({ browser, customer, otherCustomer }) => {
  const { sub, login } = await identity("Microsoft", microsoftClaims(customer.email));
  const first = await freshPage(browser);
  await signInWith(first.page, "Microsoft", login);
  await expectSignedInAs(first.page, customer);
  await first.context.close();

  // The directory now gives this identity the other customer's address.
  await registerIdentity(E2E_ENTRA.issuer, { login, claims: { sub, name: "Someone at the provider", ...microsoftClaims(otherCustomer.email) } });
  const second = await freshPage(browser);
  await signInWith(second.page, "Microsoft", login);
  await expectSignedInAs(second.page, customer);
  await expect(second.page.getByText(otherCustomer.name)).toHaveCount(0);
  expect(await db.oAuthAccount.count({ where: { userId: otherCustomer.id } })).toBe(0);
  expect(await sessionsOf(otherCustomer)).toBe(0);
  await second.context.close();
});

test("a tampered state is refused; the untouched answer then signs in", async ({ page, context, customer }) => {
  const { login } = await identity("Google", googleClaims(customer.email));
  const callback = await stopAtCallback(page, context, "Google", login);
  const tampered = new URL(callback.url);
  const state = tampered.searchParams.get("state")!;
  tampered.searchParams.set("state", `${state.slice(0, -4)}${state.endsWith("AAAA") ? "BBBB" : "AAAA"}`);
  await page.goto(tampered.toString());
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(formMessage(page)).toHaveText(/Single sign-on did not complete/);
  expect(await sessionsOf(customer)).toBe(0);
  expect(await db.oAuthAccount.count({ where: { userId: customer.id } })).toBe(0);

  // The same answer with its real state, in a browser holding the same check cookies, works.
  const control = await freshPage(page.context().browser()!, callback.cookies);
  await control.page.goto(callback.url);
  await expectSignedInAs(control.page, customer);
  expect(await sessionsOf(customer)).toBe(1);
  await control.context.close();
});

test("an authorization code used a second time is refused", async ({ page, context, customer }) => {
  const { login } = await identity("Microsoft", microsoftClaims(customer.email));
  const callback = await stopAtCallback(page, context, "Microsoft", login);
  const browser = page.context().browser()!;

  const first = await freshPage(browser, callback.cookies);
  await first.page.goto(callback.url);
  await expectSignedInAs(first.page, customer);
  expect(await sessionsOf(customer)).toBe(1);

  // Replayed with everything the first browser had before it used the code.
  const replay = await freshPage(browser, callback.cookies);
  await replay.page.goto(callback.url);
  await expect(replay.page).toHaveURL(/\/login\?error=/);
  await expect(formMessage(replay.page)).toHaveText(/Single sign-on did not complete/);
  expect(await sessionsOf(customer)).toBe(1);
  await Promise.all([first.context.close(), replay.context.close()]);
});

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });
  test("the refusal page speaks Spanish", async ({ page }) => {
    const { login } = await identity("Google", googleClaims(`desconocido-${randomUUID()}@example.test`));
    await page.goto("/login");
    await page.getByRole("button", { name: "Iniciar sesión con Google" }).click();
    await page.getByLabel("Account").fill(login);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow" }).click();
    await expect(page.getByRole("heading", { name: "No hay cuenta del portal para esta dirección" })).toBeVisible();
    await expect(page.getByText("Contacte con su departamento de TI.")).toBeVisible();
  });
});

test("the sign-in buttons fit a phone screen @phone", async ({ page }) => {
  await page.goto("/login");
  for (const name of ["Sign in with Microsoft", "Sign in with Google"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  }
});

test("an admin sees which providers are active, without secrets; an agent gets a 404", async ({ browser, admin, agent }) => {
  const adminPage = await freshPage(browser);
  await signInWithForm(adminPage.page, admin);
  await adminPage.page.getByRole("button", { name: "Settings" }).click();
  await adminPage.page.getByRole("link", { name: "All settings" }).click();
  await expect(adminPage.page.getByRole("heading", { name: "Single sign-on" })).toBeVisible();
  for (const id of ["microsoft-entra-id", "google"]) {
    const card = adminPage.page.getByTestId(`sso-${id}`);
    await expect(card.getByText("Active")).toBeVisible();
    await expect(card).toContainText(`/api/auth/callback/${id}`);
  }
  const text = await adminPage.page.locator("main").innerText();
  for (const secret of [E2E_ENTRA.clientSecret, E2E_GOOGLE.clientSecret, E2E_ENTRA.clientId, E2E_GOOGLE.clientId]) expect(text).not.toContain(secret);
  await adminPage.context.close();

  const agentPage = await freshPage(browser);
  await signInWithForm(agentPage.page, agent);
  await expect(agentPage.page.getByRole("button", { name: "Settings" })).toHaveCount(0);
  const response = await agentPage.page.goto("/admin/settings");
  expect(response?.status()).toBe(404);
  await agentPage.context.close();
});
