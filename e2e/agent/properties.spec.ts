import { db } from "@/lib/db";
import { updateTicket } from "@/lib/tickets/service";
import { createPerson, expect, fileTicket, newPage, signIn, test, type Person } from "../fixtures";
import type { Page } from "@playwright/test";

const TEXT = {
  en: {
    reply: "Your reply", send: "Send reply", status: "Status", priority: "Priority", assignee: "Assignee", save: "Save changes", saved: "Changes saved.",
    open: "Open", waiting: "Waiting for customer", high: "High", medium: "Medium",
    statusBack: "changed the status from Open to New", conflict: "Changed by someone else meanwhile.",
    assigneeEvent: (agent: string) => `changed the assignee from Unassigned to ${agent}`, former: "a former agent", priorityEvent: "changed the priority",
    viewing: (name: string) => `${name} is also viewing this ticket.`, replied: (name: string) => `${name} has replied since you opened this ticket.`,
  },
  es: {
    reply: "Su respuesta", send: "Enviar respuesta", status: "Estado", priority: "Prioridad", assignee: "Asignado a", save: "Guardar cambios", saved: "Cambios guardados.",
    open: "Abierto", waiting: "Esperando al cliente", high: "Alta", medium: "Media",
    statusBack: "cambió el estado de Abierto a Nuevo", conflict: "Otra persona lo cambió mientras tanto.",
    assigneeEvent: (agent: string) => `cambió la asignación de Sin asignar a ${agent}`, former: "un antiguo agente", priorityEvent: "cambió la prioridad",
    viewing: (name: string) => `${name} también está viendo este ticket.`, replied: (name: string) => `${name} ha respondido desde que abrió este ticket.`,
  },
} as const;

async function selectedText(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "");
}

for (const lang of ["en", "es"] as const) {
  test.describe(`the properties panel (${lang})`, () => {
    const x = TEXT[lang];
    // The saved language wins over the browser's once signed in (the sign-in page stays English).
    const setLocale = (p: Person) => db.user.update({ where: { id: p.id }, data: { locale: lang } });

    test("never undoes a change: after a reply it shows Open, an assignee save keeps it, each save shows what is stored @phone", async ({ page, customer, agent }) => {
      await setLocale(agent);
      const ticket = await fileTicket(customer);
      await signIn(page, agent);
      await page.goto(`/admin/tickets/${ticket.id}`);
      await page.getByLabel(x.reply, { exact: true }).fill("Looking at it now.");
      await page.getByRole("button", { name: x.send }).click();
      await expect(page.getByTestId("ticket-message").filter({ hasText: "Looking at it now." })).toBeVisible();
      await expect.poll(() => selectedText(page, x.status)).toBe(x.open);

      await page.getByLabel(x.assignee, { exact: true }).selectOption({ label: agent.name });
      await page.getByRole("button", { name: x.save }).click();
      await expect(page.getByText(x.saved)).toBeVisible();
      await expect.poll(() => selectedText(page, x.assignee)).toBe(agent.name);
      await expect.poll(() => selectedText(page, x.status)).toBe(x.open);
      await expect(page.getByText(x.statusBack)).toHaveCount(0);
      expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "OPEN", assigneeId: agent.id });

      await page.getByLabel(x.status, { exact: true }).selectOption("WAITING_FOR_CUSTOMER");
      await page.getByRole("button", { name: x.save }).click();
      await expect(page.getByText(x.saved)).toBeVisible();
      await page.waitForTimeout(500);
      await expect.poll(() => selectedText(page, x.status)).toBe(x.waiting);
      await expect.poll(() => selectedText(page, x.assignee)).toBe(agent.name);
      // And after a reload, the same: it is what is stored.
      await page.reload();
      await expect.poll(() => selectedText(page, x.status)).toBe(x.waiting);
    });

    test("another agent's change shows by itself, and changing the same field is a conflict, never an overwrite", async ({ browser, customer, agent }) => {
      test.setTimeout(120_000);
      await setLocale(agent);
      const ticket = await fileTicket(customer);
      const ana = await newPage(browser);
      await signIn(ana, agent);
      await ana.goto(`/admin/tickets/${ticket.id}`);
      await expect.poll(() => selectedText(ana, x.priority)).toBe(x.medium);

      // Another agent, in another browser, raises the priority while Ana has the page open.
      const other = await createPerson("AGENT");
      await setLocale(other);
      const otherPage = await newPage(browser);
      await signIn(otherPage, other);
      await otherPage.goto(`/admin/tickets/${ticket.id}`);
      await expect(ana.getByTestId("ticket-presence")).toContainText(x.viewing(other.name), { timeout: 25_000 });

      await ana.getByLabel(x.priority, { exact: true }).selectOption("LOW");
      const result = await updateTicket(other, { ticketId: ticket.id, version: 0, priority: "HIGH", seen: { priority: "MEDIUM" } });
      expect(result.ok).toBe(true);
      await ana.getByRole("button", { name: x.save }).click();
      await expect(ana.getByText(x.conflict)).toBeVisible();
      expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("HIGH");

      // Untouched fields follow what is stored: the other agent's status change, saved in their
      // browser, appears by itself (pushed by the server that saved it; there is no poll).
      await otherPage.getByLabel(x.status, { exact: true }).selectOption("WAITING_FOR_CUSTOMER");
      await otherPage.getByRole("button", { name: x.save }).click();
      await expect(otherPage.getByText(x.saved)).toBeVisible();
      await expect.poll(() => selectedText(ana, x.status), { timeout: 25_000 }).toBe(x.waiting);

      await otherPage.getByLabel(x.reply, { exact: true }).fill("I called them.");
      await otherPage.getByRole("button", { name: x.send }).click();
      await expect(ana.getByTestId("ticket-presence")).toContainText(x.replied(other.name), { timeout: 25_000 });
    });

    test("the customer's history names the agent like the console and hides the agents' triage @phone", async ({ browser, customer, agent }) => {
      await setLocale(customer);
      const ticket = await fileTicket(customer);
      await updateTicket(agent, { ticketId: ticket.id, version: 0, assigneeId: agent.id, priority: "HIGH", seen: { assigneeId: "", priority: "MEDIUM" } });
      const page = await newPage(browser);
      await signIn(page, customer);
      await page.goto(`/tickets/${ticket.id}`);
      await expect(page.getByText(x.assigneeEvent(agent.name))).toBeVisible();
      await expect(page.getByText(x.former)).toHaveCount(0);
      await expect(page.getByText(x.priorityEvent)).toHaveCount(0);
    });
  });
}
