import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { getTicketFieldValues } from "@/lib/request-types/queries";
import { saveField } from "@/lib/request-types/service";
import { createTicket } from "./service";
import { getTicket } from "./queries";

// Tickets with a request type's extra fields, and tickets opened by an agent on behalf of someone.

let categoryId: string;
let fields: Record<"tag" | "site" | "due" | "ok", string>;
beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  categoryId = (await makeCategory()).id;
  const add = async (input: Parameters<typeof saveField>[3]) => {
    const r = await saveField(admin, categoryId, null, input);
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.data.id;
  };
  fields = {
    tag: await add({ labelEn: "Asset tag", labelEs: "Etiqueta", type: "TEXT", required: true }),
    site: await add({ labelEn: "Site", labelEs: "Sede", type: "CHOICE", options: "Head office | Oficina central\nHome | Casa" }),
    due: await add({ labelEn: "Needed by", labelEs: "Antes del", type: "DATE" }),
    ok: await add({ labelEn: "Approved", labelEs: "Aprobado", type: "CHECKBOX" }),
  };
});

const base = { subject: "New laptop", description: "Mine is broken.", urgency: "MEDIUM" as const };

describe("a ticket with extra fields", () => {
  it("stores valid values and shows them, labelled, to the requester", async () => {
    const alice = await makeUser();
    const result = await createTicket(alice, { ...base, categoryId, fields: { [fields.tag]: "ACME-7", [fields.site]: "home", [fields.due]: "2027-01-15", [fields.ok]: "true" } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await getTicketFieldValues(alice, result.data.id, "es")).toEqual([
      { id: fields.tag, label: "Etiqueta", type: "TEXT", value: "ACME-7" },
      { id: fields.site, label: "Sede", type: "CHOICE", value: "Casa" },
      { id: fields.due, label: "Antes del", type: "DATE", value: "2027-01-15" },
      { id: fields.ok, label: "Aprobado", type: "CHECKBOX", value: "true" },
    ]);
  });

  it("refuses a missing required field, a bad choice, a bad date and an unknown field, and stores nothing", async () => {
    const alice = await makeUser();
    const attempts = [
      [{ [fields.site]: "home" }, { [`field.${fields.tag}`]: ["errors.fieldRequired"] }],
      [{ [fields.tag]: "A", [fields.site]: "mars" }, { [`field.${fields.site}`]: ["errors.fieldChoiceInvalid"] }],
      [{ [fields.tag]: "A", [fields.due]: "2027-02-31" }, { [`field.${fields.due}`]: ["errors.fieldDateInvalid"] }],
    ] as const;
    for (const [values, errors] of attempts) {
      expect(await createTicket(alice, { ...base, categoryId, fields: values })).toMatchObject({ ok: false, fieldErrors: errors });
    }
    expect(await createTicket(alice, { ...base, categoryId, fields: { [fields.tag]: "A", forged: "x" } })).toMatchObject({ ok: false, message: "errors.fieldUnknown" });
    expect(await db.ticket.count({ where: { requesterId: alice.id } })).toBe(0);
  });

  it("refuses an inactive request type", async () => {
    const alice = await makeUser();
    const inactive = await makeCategory();
    await db.ticketCategory.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await createTicket(alice, { ...base, categoryId: inactive.id })).toMatchObject({ ok: false, fieldErrors: { categoryId: ["errors.categoryUnknown"] } });
  });

  it("a customer never reads the field values of another customer's ticket", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const result = await createTicket(alice, { ...base, categoryId, fields: { [fields.tag]: "SECRET-1" } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await getTicketFieldValues(bob, result.data.id, "en")).toBeNull();
    expect(await getTicketFieldValues(await makeUser("AGENT"), result.data.id, "en")).toHaveLength(2);
  });
});

describe("a ticket opened on behalf of someone", () => {
  it("an agent opens it for a customer: the customer is the requester, with their organization, and it says so", async () => {
    const agent = await makeUser("AGENT");
    const carol = await makeUser("CUSTOMER", { organizationName: `Org ${Math.random()}` });
    const result = await createTicket(agent, { ...base, categoryId, requesterId: carol.id, fields: { [fields.tag]: "T-1" } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.ticket.findUniqueOrThrow({ where: { id: result.data.id }, include: { events: true } });
    expect(row).toMatchObject({ requesterId: carol.id, createdById: agent.id, organizationId: carol.organizationId });
    expect(row.events.map((e) => [e.type, e.actorId, e.toValue])).toContainEqual(["ON_BEHALF", agent.id, "Test CUSTOMER"]);
    expect(await getTicket(carol, result.data.id)).not.toBeNull();
    const mail = await db.emailMessage.findFirst({ where: { to: carol.email, kind: "ticket-on-behalf" } });
    expect(mail?.text).toContain(`/tickets/${result.data.id}`);
  });

  it("a customer cannot open a ticket for someone else, even by forging the requester", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    expect(await createTicket(alice, { ...base, categoryId, requesterId: bob.id, fields: { [fields.tag]: "A" } })).toMatchObject({
      ok: false,
      fieldErrors: { requesterId: ["errors.requesterUnknown"] },
    });
    expect(await db.ticket.count({ where: { OR: [{ requesterId: bob.id }, { createdById: alice.id }] } })).toBe(0);
  });

  it("refuses an unknown requester", async () => {
    const agent = await makeUser("AGENT");
    expect(await createTicket(agent, { ...base, categoryId, requesterId: "nobody", fields: { [fields.tag]: "A" } })).toMatchObject({
      ok: false,
      fieldErrors: { requesterId: ["errors.requesterUnknown"] },
    });
    expect(await db.ticket.count({ where: { createdById: agent.id } })).toBe(0);
  });
});
