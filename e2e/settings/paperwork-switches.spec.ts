import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { assignDocument } from "@/lib/documents/service";
import { answerConfirmations } from "@/lib/confirmations/service";
import { changePortalSettings, expect, newPage, signIn, test } from "../fixtures";
import { noteFor, pdf, policyRequest, uploadDocument } from "../paperwork/fixtures";
import { restoring } from "./settings-helpers";

// Turns the portal's global documents, notes and confirmations switches off, one at a time: runs
// alone, in the "settings" project, and puts the switches back.
test.describe.configure({ mode: "default", timeout: 180_000 });

const MODULES = [
  { field: "documentsEnabled", nav: "Documents", tile: "documents" },
  { field: "notesEnabled", nav: "Notes", tile: "notes" },
  { field: "confirmationsEnabled", nav: "Confirmations", tile: "confirmations" },
] as const;

const navLink = (page: Page, name: string) => page.getByRole("navigation").first().getByRole("link", { name, exact: true });

test("a module switched off globally loses its nav entry and home tile, and its pages, downloads and actions answer 404", async ({ page, browser, agent, customer }) => {
  await signIn(page, agent);
  const doc = await uploadDocument(page, { name: "switch.pdf", bytes: pdf("Switch") });
  await assignDocument(agent, { documentId: doc.id, target: { type: "person", email: customer.email } });
  const note = await noteFor(agent, customer);
  const answered = await policyRequest(agent, [customer]);
  const recipientId = answered.recipientOf(customer);
  const done = await answerConfirmations(customer, { recipientIds: [recipientId], decision: "confirm", signatureName: customer.name, agreed: true }, { ip: "127.0.0.1", userAgent: "fixture" });
  expect(done.ok).toBe(true);
  const routes = {
    // The version too: it is assigned, and no confirmation asks this person to accept it.
    documentsEnabled: { pages: ["/documents"], files: [`/api/documents/${doc.id}`, `/api/documents/versions/${doc.versionId}`] },
    notesEnabled: { pages: ["/notes", `/notes/${note.id}`], files: [] },
    confirmationsEnabled: { pages: ["/confirmations", `/confirmations/${recipientId}`, `/confirmations/${recipientId}/receipt`], files: [`/api/confirmations/${recipientId}/receipt`] },
  };

  const person = await newPage(browser);
  await signIn(person, customer);
  await restoring(["documentsEnabled", "notesEnabled", "confirmationsEnabled"], async () => {
    await changePortalSettings({ documentsEnabled: true, notesEnabled: true, confirmationsEnabled: true });
    for (const off of MODULES) {
      await changePortalSettings({ documentsEnabled: true, notesEnabled: true, confirmationsEnabled: true, [off.field]: false });
      await person.goto("/");
      const tiles = person.getByTestId("home-tiles");
      await expect(tiles.locator(`[data-tile="${off.tile}"]`), off.field).toHaveCount(0);
      await expect(navLink(person, off.nav), off.field).toHaveCount(0);
      // The other two stay.
      for (const on of MODULES.filter((m) => m !== off)) {
        await expect(tiles.locator(`[data-tile="${on.tile}"]`), `${off.field}: ${on.tile}`).toBeVisible();
        await expect(navLink(person, on.nav), `${off.field}: ${on.nav}`).toBeVisible();
      }
      for (const path of routes[off.field].pages) expect((await person.goto(path))?.status(), `${off.field}: ${path}`).toBe(404);
      for (const path of routes[off.field].files) expect((await person.request.get(path)).status(), `${off.field}: ${path}`).toBe(404);
    }

    // Confirmations off while the page is open: signing is refused and nothing is recorded.
    await changePortalSettings({ confirmationsEnabled: true });
    const pending = await policyRequest(agent, [customer]);
    await person.goto("/confirmations");
    await person.getByLabel(`Choose ${pending.title}`).check();
    await changePortalSettings({ confirmationsEnabled: false });
    await person.getByLabel("Your full name, as signature").fill(customer.name);
    await person.getByLabel(/I confirm what is described/).check();
    await person.getByRole("button", { name: "Confirm 1 request" }).click();
    await expect(person.getByText("This request does not exist.")).toBeVisible();
    expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: pending.recipientOf(customer) } })).state).toBe("PENDING");

    // All back on: everything is there again.
    await changePortalSettings({ documentsEnabled: true, notesEnabled: true, confirmationsEnabled: true });
    await person.goto("/");
    for (const m of MODULES) await expect(navLink(person, m.nav)).toBeVisible();
    expect((await person.goto(`/notes/${note.id}`))?.status()).toBe(200);
  });
});
