import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openSession } from "@/lib/auth/sessions";
import { makeUser } from "@/test/factories";
import { createUser, updatePerson, updatePortalOptions } from "./service";
import { getPerson, listPeople } from "./queries";

const email = () => `p-${randomUUID()}@example.test`;
const details = (overrides: Record<string, string> = {}) => ({
  email: email(), name: "Pat", kind: "CUSTOMER", role: "CUSTOMER", locale: "es", ...overrides,
}) as Parameters<typeof updatePerson>[2];
const allOptions = { portalAccess: true, showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true };

describe("creating user records", () => {
  it("stores the email lower-cased and refuses it again in any case", async () => {
    const agent = await makeUser("AGENT");
    const address = email();
    const first = await createUser(agent, { email: address.toUpperCase(), name: "Una" });
    expect(first).toMatchObject({ ok: true, data: { email: address } });
    const again = await createUser(agent, { email: ` ${address.toUpperCase()} `, name: "Dos" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ["emailTaken"] } });
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });

  it("an agent cannot create agents or admins; an admin can", async () => {
    const agent = await makeUser("AGENT");
    const admin = await makeUser("ADMIN");
    const address = email();
    expect(await createUser(agent, { email: address, name: "X", role: "ADMIN" })).toMatchObject({ ok: false, message: "notAllowed" });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect(await createUser(admin, { email: address, name: "X", role: "AGENT" })).toMatchObject({ ok: true });
  });

  it("a customer cannot create anyone", async () => {
    const customer = await makeUser();
    const address = email();
    expect(await createUser(customer, { email: address, name: "X" })).toMatchObject({ ok: false });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
  });

  it("people created at the same moment with one new organization all get it, created once", async () => {
    const agent = await makeUser("AGENT");
    const organizationName = `Org ${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 4 }, () => createUser(agent, { email: email(), name: "Par", organizationName })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const organizations = await db.organization.findMany({ where: { name: organizationName }, select: { _count: { select: { members: true } } } });
    expect(organizations).toEqual([{ _count: { members: 4 } }]);
  });

  it("refuses a malformed email and an empty name", async () => {
    const agent = await makeUser("AGENT");
    const result = await createUser(agent, { email: "nope", name: " " });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ["emailInvalid"], name: ["nameRequired"] } });
  });
});

describe("editing user records", () => {
  it("an agent edits a customer but not an admin or another agent", async () => {
    const agent = await makeUser("AGENT");
    const customer = await makeUser();
    const admin = await makeUser("ADMIN");
    const colleague = await makeUser("AGENT");
    expect(await updatePerson(agent, customer.id, details())).toMatchObject({ ok: true });
    expect(await updatePerson(agent, admin.id, details({ role: "ADMIN" }))).toMatchObject({ ok: false, message: "notFound" });
    expect(await updatePerson(agent, colleague.id, details({ role: "AGENT" }))).toMatchObject({ ok: false, message: "notFound" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).email).toBe(admin.email);
  });

  it("an agent cannot promote a customer; a customer cannot edit anyone, themselves included", async () => {
    const agent = await makeUser("AGENT");
    const customer = await makeUser();
    expect(await updatePerson(agent, customer.id, details({ role: "ADMIN" }))).toMatchObject({ ok: false, message: "notAllowed" });
    expect(await updatePerson(customer, customer.id, details({ role: "ADMIN" }))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).role).toBe("CUSTOMER");
  });

  it("refuses an email that another record has", async () => {
    const admin = await makeUser("ADMIN");
    const a = await makeUser();
    const b = await makeUser();
    expect(await updatePerson(admin, a.id, details({ email: b.email.toUpperCase() }))).toMatchObject({ ok: false, fieldErrors: { email: ["emailTaken"] } });
  });

  it("the people list finds names whatever their case", async () => {
    const agent = await makeUser("AGENT");
    const tag = randomUUID().slice(0, 8);
    await createUser(agent, { email: email(), name: `Quentin ${tag}` });
    const found = await listPeople(agent, { q: `quentin ${tag.toUpperCase()}`, page: 1 });
    expect(found?.items.map((p) => p.name)).toEqual([`Quentin ${tag}`]);
  });

  it("only staff read the people list and records", async () => {
    const customer = await makeUser();
    const agent = await makeUser("AGENT");
    expect(await listPeople(customer, { page: 1 })).toBeNull();
    expect(await getPerson(customer, customer.id)).toBeNull();
    expect(await getPerson(agent, customer.id)).toMatchObject({ email: customer.email });
  });
});

describe("the Portal tab", () => {
  it("turning access off ends every session of the user at once", async () => {
    const agent = await makeUser("AGENT");
    const customer = await makeUser();
    await openSession(customer.id, { signInMethod: "password" });
    await openSession(customer.id, { signInMethod: "password" });
    expect(await updatePortalOptions(agent, customer.id, { ...allOptions, portalAccess: false, showNotes: false })).toMatchObject({ ok: true });
    expect(await db.authSession.count({ where: { userId: customer.id } })).toBe(0);
    const row = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { portalAccess: true, portalOptions: true } });
    expect(row.portalAccess).toBe(false);
    expect(row.portalOptions?.showNotes).toBe(false);
  });

  it("an agent cannot change an admin's access; nobody turns off their own", async () => {
    const agent = await makeUser("AGENT");
    const admin = await makeUser("ADMIN");
    expect(await updatePortalOptions(agent, admin.id, { ...allOptions, portalAccess: false })).toMatchObject({ ok: false, message: "notFound" });
    expect(await updatePortalOptions(admin, admin.id, { ...allOptions, portalAccess: false })).toMatchObject({ ok: false, message: "ownAccess" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).portalAccess).toBe(true);
  });

  it("a customer cannot change anyone's portal options", async () => {
    const customer = await makeUser();
    const other = await makeUser();
    expect(await updatePortalOptions(customer, other.id, { ...allOptions, portalAccess: false })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).portalAccess).toBe(true);
  });
});
