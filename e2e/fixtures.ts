import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/accounts/service";
import { db } from "@/lib/db";
import { createTicket } from "@/lib/tickets/service";
import { openSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { publish } from "@/lib/realtime";
import { SETTINGS_CHANGED, type PortalSettings } from "@/lib/settings/queries";
import { encode } from "next-auth/jwt";
import { E2E_AUTH_SECRET, E2E_BASE_URL, MAIL_RECORDER_URL } from "./env";

export { expect };

export const PASSWORD = "a long demo passphrase";

export type Person = { id: string; email: string; name: string; password: string; role: "CUSTOMER" | "AGENT" | "ADMIN"; organizationId: string | null };

/**
 * Runs a fixture's write again when SQLite's one write lock was busy: the fixtures write the
 * server's database file from another process, and a deferred transaction that meets a newer
 * write fails at once ("database is locked") instead of waiting.
 */
export async function retryWhileLocked<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const locked = /database is locked|SQLITE_BUSY|Operation has timed out/i.test(String(error));
      if (!locked || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** A user created through the app's own service, with a unique email. */
export async function createPerson(
  role: Person["role"],
  name = `${role[0]}${role.slice(1).toLowerCase()} ${randomUUID().slice(0, 6)}`,
  organizationName = role === "CUSTOMER" ? "Acme" : "IT",
): Promise<Person> {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const result = await retryWhileLocked(() => createUser(null, { email, name, role, password: PASSWORD, organizationName }));
  if (!result.ok) throw new Error(`createPerson: ${JSON.stringify(result)}`);
  const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, select: { organizationId: true } });
  return { id: result.data.id, email, name, password: PASSWORD, role, organizationId: user.organizationId };
}

/**
 * Changes the portal's one settings row from the test process and announces it as the settings
 * service does: the server keeps the row in memory and re-reads it, on PostgreSQL, only when the
 * "settings" event (LISTEN/NOTIFY) arrives; on SQLite it also sees the file's data_version move.
 */
export async function changePortalSettings(data: Partial<Omit<PortalSettings, "id" | "updatedAt">>) {
  await retryWhileLocked(() => db.portalSettings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } }));
  await publish("settings", SETTINGS_CHANGED);
}

/** A ticket filed by `requester` through the app's own service. */
export async function fileTicket(requester: Person, subject = `Printer jammed ${randomUUID().slice(0, 6)}`) {
  const category = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });
  const result = await retryWhileLocked(() =>
    createTicket(requester, { subject, description: "Error E-203 on the display.", categoryId: category.id, urgency: "MEDIUM" }),
  );
  if (!result.ok) throw new Error(`fileTicket: ${JSON.stringify(result)}`);
  return { id: result.data.id, subject };
}

/** A form's error or success message (Next's own route announcer also has role "alert"). */
export function formMessage(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__), [role="status"]');
}

/**
 * Signs `person` in as a password sign-in leaves them: the server-side session row and the
 * session cookie, written directly, then the page they land on (the portal's home, or the console
 * for staff). Most specs need a signed-in person, not the sign-in form: three page loads and a
 * password hash less each time. The form itself is driven by `signInWithForm`, in the specs about
 * signing in (auth, password reset, SSO, time zones, keyboard, hardening) and wherever a password
 * was just generated or changed.
 */
export async function signIn(page: Page, person: { email: string; password?: string; role?: Person["role"] }) {
  const user = await db.user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true, name: true, email: true, role: true } });
  const sid = await retryWhileLocked(() => openSession(user.id, { signInMethod: "password", userAgent: "Playwright (fixture sign-in)", ip: "127.0.0.1" }));
  const value = await encode({
    token: { sub: user.id, sid, name: user.name, email: user.email },
    secret: E2E_AUTH_SECRET,
    salt: SESSION_COOKIE,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  await page.context().addCookies([{ name: SESSION_COOKIE, value, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(user.role === "CUSTOMER" ? "/" : "/admin");
  // The cookie was taken: a refused one would have sent the page to the sign-in form.
  await expect(page).not.toHaveURL(/\/login/);
}

/** Auth.js's session cookie over plain http (the e2e server), also the salt of its encryption. */
const SESSION_COOKIE = "authjs.session-token";

/** Signs in through the sign-in form, as a person does. */
export async function signInWithForm(page: Page, person: { email: string; password: string; role?: Person["role"] }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Under load (a spec sending a large body beside this one) the sign-in can take longer than the default 10 s.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  // Staff land on "/" first and are sent on to the console: wait for it, or a click meant for the
  // console could hit the portal's header while it shows.
  if (person.role && person.role !== "CUSTOMER") await expect(page).toHaveURL(/\/admin/);
}

/**
 * Makes `page.goto` wait until React has hydrated the page, so that a test does not type into a
 * form before React owns it (a slow machine shows the server-rendered form well before that).
 */
export function waitForHydrationOnGoto(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    return response;
  };
  return page;
}

/** A page in a context of its own: another person, another browser. */
export async function newPage(browser: Browser): Promise<Page> {
  return waitForHydrationOnGoto(await (await browser.newContext()).newPage());
}

export const test = base.extend<{ customer: Person; otherCustomer: Person; agent: Person; admin: Person }>({
  page: async ({ page }, use) => use(waitForHydrationOnGoto(page)),
  customer: async ({}, use) => use(await createPerson("CUSTOMER")),
  otherCustomer: async ({}, use) => use(await createPerson("CUSTOMER")),
  agent: async ({}, use) => use(await createPerson("AGENT")),
  admin: async ({}, use) => use(await createPerson("ADMIN")),
});

export type RecordedMail = { id: string; to: string | string[]; from: string; subject: string; text: string; html: string };

/** The email that reached the (recorded) Resend API for `to`, newest last; waits for one to arrive. */
export async function mailsTo(to: string, atLeast = 1): Promise<RecordedMail[]> {
  let mails: RecordedMail[] = [];
  await expect
    .poll(async () => {
      mails = await (await fetch(`${MAIL_RECORDER_URL}/recorded?to=${encodeURIComponent(to)}`)).json();
      return mails.length;
    }, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(atLeast);
  return mails;
}
