import { db } from "@/lib/db";
import { expect, newPage, signIn, test } from "../fixtures";

// Announcements show to every portal user: these run alone, in the "settings" project, and
// delete what they create.
test.describe.configure({ mode: "default" });

const HOUR = 3600_000;
const created: string[] = [];
test.afterAll(async () => {
  await db.announcement.deleteMany({ where: { id: { in: created } } });
});

async function announce(data: { severity: "INFO" | "WARNING" | "OUTAGE"; message: string; from: number; to: number }) {
  const row = await db.announcement.create({
    data: { severity: data.severity, messageEn: data.message, messageEs: `${data.message} (es)`, startsAt: new Date(Date.now() + data.from * HOUR), endsAt: new Date(Date.now() + data.to * HOUR) },
  });
  created.push(row.id);
  return row;
}

test("an admin announces maintenance in the console; customers see it on the home page while it runs", async ({ page, browser, admin, customer }) => {
  await signIn(page, admin);
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Announcements" }).click();
  await page.getByRole("link", { name: "New announcement" }).click();
  await page.getByRole("button", { name: "Save announcement" }).click();
  await expect(page.getByText("Enter the message.").first()).toBeVisible();
  await page.getByLabel("Severity").selectOption("WARNING");
  await page.getByLabel("Message (English)").fill("Printers offline Friday 18:00");
  await page.getByLabel("Message (Spanish)").fill("Impresoras sin servicio el viernes 18:00");
  await page.getByRole("button", { name: "Save announcement" }).click();
  await expect(page.getByText("Announcement saved.")).toBeVisible();
  const row = await db.announcement.findFirstOrThrow({ where: { messageEn: "Printers offline Friday 18:00" } });
  created.push(row.id);
  expect(row.severity).toBe("WARNING");
  expect(await db.auditLog.count({ where: { actorId: admin.id, action: "announcement.create", targetId: row.id } })).toBe(1);

  const portal = await newPage(browser);
  await signIn(portal, customer);
  await expect(portal.getByTestId("announcement").filter({ hasText: "Printers offline Friday 18:00" })).toBeVisible();
  // Not an outage: the home page only.
  await portal.goto("/tickets");
  await expect(portal.getByTestId("announcement")).toHaveCount(0);
});

test("only running announcements show; outages on every portal page; closing one is remembered for that person", async ({ page, browser, customer, otherCustomer }) => {
  const outage = await announce({ severity: "OUTAGE", message: "Email is down", from: -1, to: 1 });
  await announce({ severity: "INFO", message: "Starts tomorrow", from: 20, to: 30 });
  await announce({ severity: "INFO", message: "Ended yesterday", from: -30, to: -20 });
  await signIn(page, customer);
  await expect(page.getByTestId("announcement").filter({ hasText: "Email is down" })).toHaveAttribute("data-severity", "OUTAGE");
  await expect(page.getByText("Starts tomorrow")).toHaveCount(0);
  await expect(page.getByText("Ended yesterday")).toHaveCount(0);
  await page.goto("/tickets");
  const banner = page.getByTestId("announcement").filter({ hasText: "Email is down" });
  await expect(banner).toBeVisible();

  await banner.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText("Email is down")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Email is down")).toHaveCount(0);
  expect(await db.announcementDismissal.count({ where: { announcementId: outage.id } })).toBe(1);

  // Stored on the server: another browser of the same person does not show it; another person does.
  const again = await newPage(browser);
  await signIn(again, customer);
  await expect(again.getByText("Email is down")).toHaveCount(0);
  const other = await newPage(browser);
  await signIn(other, otherCustomer);
  await other.goto("/tickets");
  await expect(other.getByText("Email is down")).toBeVisible();

  // The start and end decide: once it has ended, nobody sees it.
  await db.announcement.update({ where: { id: outage.id }, data: { endsAt: new Date(Date.now() - 1000) } });
  await other.reload();
  await expect(other.getByText("Email is down")).toHaveCount(0);
});
