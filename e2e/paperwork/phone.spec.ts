import { db } from "@/lib/db";
import { assignDocument } from "@/lib/documents/service";
import { expect, signIn, test } from "../fixtures";
import { noteFor, pdf, policyRequest, uploadDocument } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("@phone in Spanish (375 px on the phone project) a customer reads a document and a note and confirms two requests with one signature", async ({ page, browser, agent, customer }) => {
  const agentPage = await (await browser.newContext()).newPage();
  await signIn(agentPage, agent);
  const doc = await uploadDocument(agentPage, { title: "Normas de la oficina", name: "normas.pdf", bytes: pdf("Normas") });
  await assignDocument(agent, { documentId: doc.id, target: { type: "person", email: customer.email } });
  const note = await noteFor(agent, customer, "Wi-Fi de invitados");
  const one = await policyRequest(agent, [customer], "Política de contraseñas", "Las contraseñas no se comparten.");
  const two = await policyRequest(agent, [customer], "Mesa limpia", "La mesa queda limpia al salir.");
  await db.user.update({ where: { id: customer.id }, data: { locale: "es" } });

  await signIn(page, customer);
  await page.goto("/documents");
  await expect(page.getByRole("heading", { name: "Documentos" })).toBeVisible();
  await expect(page.getByTestId("my-documents").getByText("Nuevo", { exact: true })).toBeVisible();
  await page.goto("/notes");
  await page.getByRole("link", { name: note.title }).click();
  await expect(page.getByTestId("article-body")).toContainText("vpn.example.test");

  await page.goto("/confirmations");
  await page.getByLabel("Elegir todas").check();
  await page.getByLabel("Su nombre completo, como firma").fill(customer.name);
  await page.getByLabel(/Confirmo lo descrito/).check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.getByRole("button", { name: "Confirmar 2 solicitudes" }).click();
  await expect(page.getByText("Sus respuestas han quedado registradas.")).toBeVisible();
  for (const r of [one, two]) expect((await db.confirmationRecipient.findUniqueOrThrow({ where: { id: r.recipientOf(customer) } })).state).toBe("CONFIRMED");
  await page.getByTestId("done-confirmations").locator("li", { hasText: "Mesa limpia" }).getByRole("link", { name: /^Justificante imprimible/ }).click();
  await expect(page.getByTestId("receipt")).toContainText("La mesa queda limpia al salir.");
  await expect(page.getByTestId("receipt")).toContainText("el registro coincide con sus hashes");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test("in English on desktop the agent's console lists documents, notes and requests", async ({ page, agent, customer }) => {
  await policyRequest(agent, [customer], "Listed policy");
  await signIn(page, agent);
  for (const [path, heading] of [["/admin/documents", "Documents"], ["/admin/notes", "Notes"], ["/admin/confirmations", "Confirmations"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  }
  await expect(page.getByTestId("confirmation-requests")).toContainText("Listed policy");
});
