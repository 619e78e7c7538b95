import { db } from "@/lib/db";
import { changePortalSettings, expect, fileTicket, signIn, test } from "../fixtures";
import { restoring } from "./settings-helpers";

// Changes the knowledge-base switch: runs alone, in the "settings" project.
test.describe.configure({ mode: "default" });

test("the home page has a tile per area that is on, with what waits there, and follows the switches", async ({ page, customer }) => {
  await restoring(["kbEnabled"], async () => {
    await changePortalSettings({ kbEnabled: true });
    const waiting = await fileTicket(customer, "Tile waiting");
    await fileTicket(customer, "Tile open");
    await db.ticket.update({ where: { id: waiting.id }, data: { status: "WAITING_FOR_CUSTOMER", lastAgentReplyAt: new Date() } });
    await signIn(page, customer);
    const tiles = page.getByTestId("home-tiles");
    // One tile per module that is on for this customer (tickets and KB here; chat, assets and the
    // paperwork modules too, with their defaults): the KB switch below takes exactly one away.
    await expect(tiles.locator('[data-tile="kb"]')).toBeVisible();
    const tileCount = await tiles.locator("[data-tile]").count();
    expect(tileCount).toBeGreaterThanOrEqual(2);
    const tickets = tiles.locator('[data-tile="tickets"]');
    await expect(tickets).toContainText("2 open tickets");
    await expect(tickets).toContainText("1 new reply");
    await expect(tickets).toContainText("1 waiting for your answer");
    await expect(tiles.locator('[data-tile="kb"]')).toBeVisible();
    await expect(page.getByRole("search")).toBeVisible();

    // Reading the ticket clears its "new reply".
    await page.goto(`/tickets/${waiting.id}`);
    await page.goto("/");
    await expect(tickets).not.toContainText("new reply");

    // Knowledge base off: no tile, no search box.
    await changePortalSettings({ kbEnabled: false });
    await page.reload();
    await expect(tiles.locator('[data-tile="kb"]')).toHaveCount(0);
    await expect(tiles.locator("[data-tile]")).toHaveCount(tileCount - 1);
    await expect(page.getByRole("search")).toHaveCount(0);

    // The search box finds articles through the knowledge base's search page.
    await changePortalSettings({ kbEnabled: true });
    await page.reload();
    await page.getByRole("searchbox").fill("printer");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/kb\/search\?q=printer/);
  });
});
