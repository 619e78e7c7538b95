import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { createTicket } from "@/lib/tickets/service";
import { deleteCannedResponse, renderCannedResponse, saveCannedResponse } from "./service";
import { getCannedResponse, listCannedChoices, listCannedResponses } from "./queries";
import { fillPlaceholders } from "./placeholders";

type Person = Awaited<ReturnType<typeof makeUser>>;
const named = (person: Person, name: string) => ({ ...person, name });

let admin: ReturnType<typeof named>;
let agent: ReturnType<typeof named>;
let customer: ReturnType<typeof named>;
let categoryId: string;
beforeAll(async () => {
  admin = named(await makeUser("ADMIN"), "Ada Admin");
  agent = named(await makeUser("AGENT"), "Alan Agent");
  customer = named(await makeUser("CUSTOMER"), "Test CUSTOMER");
  categoryId = (await makeCategory()).id;
});

const input = (extra: Record<string, unknown> = {}) => ({ title: `Greeting ${randomUUID().slice(0, 8)}`, body: "Hello {{requester.name}}", locale: "any" as const, active: true, ...extra });

async function cannedByAdmin(extra: Record<string, unknown> = {}) {
  const result = await saveCannedResponse(admin, input(extra));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("managing canned responses", () => {
  it("lets an admin create, edit and delete one, with an audit trail", async () => {
    const id = await cannedByAdmin();
    expect(await db.cannedResponse.findUniqueOrThrow({ where: { id } })).toMatchObject({ createdById: admin.id, locale: "any", active: true });
    expect(await saveCannedResponse(admin, { ...input({ title: "Renamed", locale: "es", active: false }), id })).toEqual({ ok: true, data: { id } });
    expect(await db.cannedResponse.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Renamed", locale: "es", active: false });
    expect(await deleteCannedResponse(admin, id)).toEqual({ ok: true, data: undefined });
    expect(await db.cannedResponse.findUnique({ where: { id } })).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { targetType: "CannedResponse", targetId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions.sort()).toEqual(["canned.create", "canned.delete", "canned.update"]);
  });

  it("refuses an agent creating one", async () => {
    const title = `Agent made ${randomUUID()}`;
    expect(await saveCannedResponse(agent, input({ title }))).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.cannedResponse.count({ where: { title } })).toBe(0);
  });

  it("refuses an agent editing one", async () => {
    const id = await cannedByAdmin();
    expect(await saveCannedResponse(agent, { ...input({ title: "Hijacked" }), id })).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect((await db.cannedResponse.findUniqueOrThrow({ where: { id } })).title).not.toBe("Hijacked");
  });

  it("refuses an agent deleting one", async () => {
    const id = await cannedByAdmin();
    expect(await deleteCannedResponse(agent, id)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.cannedResponse.findUnique({ where: { id } })).not.toBeNull();
  });

  it("refuses a customer creating one", async () => {
    expect(await saveCannedResponse(customer, input())).toMatchObject({ ok: false, message: "errors.forbidden" });
  });

  it("validates title, body and language", async () => {
    const result = await saveCannedResponse(admin, { title: " ", body: "", locale: "fr" as "en", active: true });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { title: ["errors.titleRequired"], body: ["errors.bodyRequired"], locale: ["errors.localeInvalid"] },
    });
  });
});

describe("reading canned responses", () => {
  it("lists and searches them for agents, paginated", async () => {
    const word = `zq${randomUUID().slice(0, 8)}`;
    const id = await cannedByAdmin({ body: `About ${word}` });
    const found = await listCannedResponses(agent, { q: word.toUpperCase() });
    expect(found?.items.map((i) => i.id)).toEqual([id]);
    expect(found).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(await getCannedResponse(agent, id)).toMatchObject({ id });
  });

  it("lists nothing for a customer", async () => {
    const id = await cannedByAdmin();
    expect(await listCannedResponses(customer)).toBeNull();
    expect(await getCannedResponse(customer, id)).toBeNull();
    expect(await listCannedChoices(customer)).toEqual([]);
  });

  it("offers only active ones in the reply box", async () => {
    const active = await cannedByAdmin();
    const inactive = await cannedByAdmin({ active: false });
    const ids = (await listCannedChoices(agent)).map((c) => c.id);
    expect(ids).toContain(active);
    expect(ids).not.toContain(inactive);
  });

  it("offers an edit, a deactivation or a deletion at once, though each process keeps the list", async () => {
    const id = await cannedByAdmin();
    const other = await cannedByAdmin();
    expect((await listCannedChoices(agent)).map((c) => c.id)).toEqual(expect.arrayContaining([id, other]));
    const title = `Renamed ${randomUUID().slice(0, 8)}`;
    expect((await saveCannedResponse(admin, input({ id, title }))).ok).toBe(true);
    expect((await listCannedChoices(agent)).find((c) => c.id === id)?.title).toBe(title);
    expect((await saveCannedResponse(admin, input({ id, active: false }))).ok).toBe(true);
    expect((await listCannedChoices(agent)).map((c) => c.id)).not.toContain(id);
    expect((await deleteCannedResponse(admin, other)).ok).toBe(true);
    expect((await listCannedChoices(agent)).map((c) => c.id)).not.toContain(other);
  });
});

describe("inserting a canned response", () => {
  async function ticket(subject = "Laptop will not boot") {
    const result = await createTicket(customer, { subject, description: "Black screen.", categoryId, urgency: "LOW" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  }

  it("fills every placeholder for the ticket and the agent, leaving unknown ones", async () => {
    const id = await cannedByAdmin({ body: "Hi {{requester.name}} <{{ requester.email }}>, #{{ticket.id}} “{{ticket.subject}}”. {{agent.name}} {{ticket.secret}}" });
    const ticketId = await ticket();
    const result = await renderCannedResponse(agent, { id, ticketId });
    expect(result).toEqual({
      ok: true,
      data: { body: `Hi Test CUSTOMER <${customer.email}>, #${ticketId} “Laptop will not boot”. Alan Agent {{ticket.secret}}` },
    });
  });

  it("refuses a customer using one", async () => {
    const id = await cannedByAdmin();
    const ticketId = await ticket();
    expect(await renderCannedResponse(customer, { id, ticketId })).toMatchObject({ ok: false, message: "errors.forbidden" });
  });

  it("does not insert an inactive one or one for a ticket that does not exist", async () => {
    const inactive = await cannedByAdmin({ active: false });
    const active = await cannedByAdmin();
    const ticketId = await ticket();
    expect(await renderCannedResponse(agent, { id: inactive, ticketId })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await renderCannedResponse(agent, { id: active, ticketId: 2_000_000_000 })).toMatchObject({ ok: false, message: "errors.notFound" });
  });
});

describe("placeholders", () => {
  it("substitute the same value wherever it appears and do not re-read substituted text", () => {
    const values = { "requester.name": "{{agent.name}}", "requester.email": "e", "agent.name": "Agent", "ticket.id": "7", "ticket.subject": "$& s" };
    expect(fillPlaceholders("{{requester.name}} {{requester.name}} {{ticket.subject}} {{Ticket.id}}", values)).toBe("{{agent.name}} {{agent.name}} $& s {{Ticket.id}}");
  });
});
