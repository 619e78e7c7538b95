import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { expect, fileTicket, formMessage, signIn, test } from "../fixtures";
import { makeAsset, makeAssetType } from "../asset-helpers";

test("an agent creates an asset, checks it out to a customer and checks it in, with the history kept", async ({ page, agent, customer }) => {
  const type = await makeAssetType();
  const name = `Latitude ${randomUUID().slice(0, 6)}`;
  await signIn(page, agent);
  await page.goto("/admin/assets");
  await page.getByRole("link", { name: "New asset" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption({ label: type.name });
  await page.getByLabel("Serial number").fill("7HQK2Y3");
  await page.getByLabel("Warranty end").fill("2031-03-14");
  await page.getByRole("button", { name: "Create asset" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
  await expect(formMessage(page)).toContainText("Asset saved.");
  const asset = await db.asset.findFirstOrThrow({ where: { name } });
  expect(asset.tag).toMatch(/^AST-\d{6}$/);

  await page.getByLabel("Person").fill(customer.email);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("radio", { name: new RegExp(customer.name) }).check();
  await page.getByLabel("Comment").fill("New starter kit");
  await page.getByRole("button", { name: "Check out" }).click();
  await expect(page.getByTestId("asset-holder")).toContainText(customer.name);
  await expect(page.getByTestId("asset-history")).toContainText(`Checked out to ${customer.name} by ${agent.name}`);
  await expect(page.getByTestId("asset-history")).toContainText("New starter kit");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByLabel("Comment").fill("Returned at leaving");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByTestId("asset-holder")).toContainText("No one holds this asset.");
  await expect(page.getByTestId("asset-history")).toContainText(`Checked in by ${agent.name}`);
  await expect(page.getByTestId("asset-history")).toContainText("Returned at leaving");
  expect(await db.assetAssignment.count({ where: { assetId: asset.id } })).toBe(1);
  expect(await db.auditLog.count({ where: { targetType: "Asset", targetId: asset.id } })).toBe(3);
});

test("a duplicate tag is refused with a clear message and the form keeps what was typed", async ({ page, agent }) => {
  const existing = await makeAsset(agent);
  await signIn(page, agent);
  await page.goto("/admin/assets/new");
  await page.getByLabel("Tag").fill(existing.tag);
  await page.getByLabel("Name").fill("Second one");
  await page.getByLabel("Type").selectOption({ label: existing.type.name });
  await page.getByRole("button", { name: "Create asset" }).click();
  await expect(page.getByText("Another asset has this tag.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Second one");
  expect(await db.asset.count({ where: { tag: existing.tag } })).toBe(1);
});

test("an agent imports a CSV with a bad line: the preview names it, only the good lines are written", async ({ page, agent }) => {
  const type = await makeAssetType();
  const m = randomUUID().slice(0, 6).toUpperCase();
  const csv = `tag,name,type,serial,warranty_end\nIMP-${m}-1,Monitor ${m},${type.name},SN1,2030-01-31\nIMP-${m}-2,Spaceship ${m},Spaceship,SN2,\nIMP-${m}-3,Phone ${m},${type.name},SN3,2030-02-30\n`;
  await signIn(page, agent);
  await page.goto("/admin/assets");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await page.getByLabel("CSV file").setInputFiles({ name: "assets.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("1 to create, 0 to update, 2 rejected.")).toBeVisible();
  const preview = page.getByTestId("asset-import-preview");
  await expect(preview.getByRole("row").filter({ hasText: `IMP-${m}-2` })).toContainText("Unknown type.");
  await expect(preview.getByRole("row").filter({ hasText: `IMP-${m}-3` })).toContainText("Enter a date as YYYY-MM-DD.");
  expect(await db.asset.count({ where: { tag: { startsWith: `IMP-${m}` } } })).toBe(0);
  await page.getByRole("button", { name: "Import 1 line" }).click();
  await expect(page.getByText("Imported: 1 created, 0 updated.")).toBeVisible();
  expect((await db.asset.findMany({ where: { tag: { startsWith: `IMP-${m}` } } })).map((a) => a.tag)).toEqual([`IMP-${m}-1`]);
});

test("a file that is not UTF-8 or has wrong columns is refused whole", async ({ page, agent }) => {
  await signIn(page, agent);
  await page.goto("/admin/assets/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([...Buffer.from("name,type\nCaf"), 0xe9, ...Buffer.from(",x\n")]) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(formMessage(page)).toContainText("The file is not UTF-8 text.");
  await page.getByLabel("CSV file").setInputFiles({ name: "wrong.csv", mimeType: "text/csv", buffer: Buffer.from("title,kind\nA,B\n") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(formMessage(page)).toContainText("The header line must have the columns name and type");
});

test("the list searches and filters from the URL, exports the filter, and bulk checks in", async ({ page, agent, customer }) => {
  const held = await makeAsset(agent, customer, { name: `=HYPERLINK("x") ${randomUUID().slice(0, 4)}` });
  await signIn(page, agent);
  await page.goto(`/admin/assets?q=${held.tag}`);
  await expect(page.getByTestId("assets").getByRole("row")).toHaveCount(2);
  await expect(page.getByTestId("assets")).toContainText(customer.name);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text).toContain(`'=HYPERLINK`);
  expect(text.split("\n").filter(Boolean)).toHaveLength(2);

  await page.goto(`/admin/assets?holder=${encodeURIComponent(customer.email)}&status=IN_USE`);
  await page.getByRole("checkbox", { name: `Select ${held.tag}` }).check();
  await page.getByRole("combobox", { name: "Set status" }).selectOption("checkIn");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(formMessage(page)).toContainText("1 asset changed.");
  expect(await db.assetAssignment.count({ where: { assetId: held.id, endedAt: null } })).toBe(0);
});

test("the requester card lists the requester's current assets and the person's record has an Assets tab", async ({ page, agent, customer }) => {
  const held = await makeAsset(agent, customer);
  const ticket = await fileTicket(customer);
  await signIn(page, agent);
  await page.goto(`/admin/tickets/${ticket.id}`);
  await expect(page.getByTestId("requester-assets")).toContainText(held.tag);
  await page.goto(`/admin/employees/${customer.id}`);
  await page.getByRole("link", { name: "Assets", exact: true }).last().click();
  await expect(page.getByTestId("person-assets")).toContainText(held.tag);
});
