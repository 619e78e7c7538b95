import { mkdirSync } from "node:fs";
import { test } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson, fileTicket, signIn } from "@/e2e/fixtures";

// Run by `npm run screenshots`: two brandings of the portal's home page, each at phone and desktop
// width, into docs/screenshots/ (shown in the README). Puts the settings back afterwards.
const BRANDINGS = [
  {
    name: "acme",
    settings: {
      siteName: "Acme IT Help",
      primaryColor: "#7c2d12",
      accentColor: "#b45309",
      bannerText: "Planned maintenance on Friday from 18:00 to 20:00.",
      welcomeTitleEn: "Welcome to Acme IT Help",
      welcomeTextEn: "Search the answers below or open a ticket: we reply within one working day.",
      supportPhone: "+1 555 0100",
      supportEmail: "help@acme.example",
      privacyUrl: "https://acme.example/privacy",
      colorScheme: "light",
    },
    colorScheme: "light" as const,
  },
  {
    name: "northwind",
    settings: {
      siteName: "Northwind Service Desk",
      primaryColor: "#0f766e",
      accentColor: "#6d28d9",
      bannerText: "",
      welcomeTitleEn: "How can we help today?",
      welcomeTextEn: "",
      supportPhone: "",
      supportEmail: "servicedesk@northwind.example",
      privacyUrl: "",
      colorScheme: "system",
    },
    colorScheme: "dark" as const,
  },
];
const SIZES = [
  { label: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false },
  { label: "phone", viewport: { width: 375, height: 740 }, isMobile: true },
];

test("portal home screenshots", async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync("docs/screenshots", { recursive: true });
  const original = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  const customer = await createPerson("CUSTOMER", "Ana García");
  const waiting = await fileTicket(customer, "Laptop does not charge");
  await fileTicket(customer, "New starter: accounts for Ben");
  await db.ticket.update({ where: { id: waiting.id }, data: { status: "WAITING_FOR_CUSTOMER", lastAgentReplyAt: new Date() } });
  const announcement = await db.announcement.create({
    data: {
      severity: "WARNING",
      messageEn: "VPN certificates renew on Monday: reconnect once if asked.",
      messageEs: "Los certificados de la VPN se renuevan el lunes: vuelva a conectar si se le pide.",
      startsAt: new Date(Date.now() - 3600_000),
      endsAt: new Date(Date.now() + 3600_000),
    },
  });
  try {
    for (const branding of BRANDINGS) {
      await db.portalSettings.update({ where: { id: 1 }, data: branding.settings });
      for (const size of SIZES) {
        const context = await browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, colorScheme: branding.colorScheme, locale: "en-US" });
        const page = await context.newPage();
        await signIn(page, customer);
        await page.goto("/");
        await page.getByTestId("home-tiles").waitFor();
        await page.screenshot({ path: `docs/screenshots/home-${branding.name}-${size.label}.png`, fullPage: size.label === "phone" });
        await context.close();
      }
    }
  } finally {
    const { id: _id, updatedAt: _updatedAt, ...values } = original;
    await db.portalSettings.update({ where: { id: 1 }, data: values });
    await db.announcement.delete({ where: { id: announcement.id } });
  }
});
