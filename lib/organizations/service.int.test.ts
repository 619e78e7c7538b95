import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { updateOrganization } from "./service";
import { getOrganization, listOrganizationsPage } from "./queries";

async function organization() {
  const member = await makeUser("CUSTOMER", { organizationName: `Org ${randomUUID()}` });
  return { member, id: member.organizationId! };
}

describe("organizations", () => {
  it("an admin turns ticket sharing on, renames it, and the change is audited", async () => {
    const admin = await makeUser("ADMIN");
    const { id } = await organization();
    const name = `Renamed ${randomUUID()}`;
    expect(await updateOrganization(admin, id, { name, kind: "DEPARTMENT", shareTickets: true })).toEqual({ ok: true, data: undefined });
    expect(await db.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ name, kind: "DEPARTMENT", shareTickets: true });
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetType: "Organization", targetId: id } });
    expect(entry).toMatchObject({ actorId: admin.id, action: "organization.update" });
    expect(JSON.parse(entry.data)).toMatchObject({ shareTickets: { from: false, to: true } });
  });

  it("an agent and a customer cannot change an organization", async () => {
    const { id, member } = await organization();
    const agent = await makeUser("AGENT");
    for (const viewer of [agent, member]) {
      expect(await updateOrganization(viewer, id, { name: "Taken over", kind: "COMPANY", shareTickets: true })).toMatchObject({ ok: false, message: "errors.notAllowed" });
    }
    expect((await db.organization.findUniqueOrThrow({ where: { id } })).shareTickets).toBe(false);
    expect(await db.auditLog.count({ where: { targetType: "Organization", targetId: id } })).toBe(0);
  });

  it("refuses an empty name and another organization's name", async () => {
    const admin = await makeUser("ADMIN");
    const { id } = await organization();
    const other = await organization();
    const otherName = (await db.organization.findUniqueOrThrow({ where: { id: other.id } })).name;
    expect(await updateOrganization(admin, id, { name: " ", kind: "COMPANY", shareTickets: false })).toMatchObject({ ok: false, fieldErrors: { name: ["errors.nameRequired"] } });
    expect(await updateOrganization(admin, id, { name: otherName, kind: "COMPANY", shareTickets: false })).toMatchObject({ ok: false, fieldErrors: { name: ["errors.nameTaken"] } });
    expect(await updateOrganization(admin, "nope", { name: "x", kind: "COMPANY", shareTickets: false })).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("staff list organizations with counts and search; customers get nothing", async () => {
    const agent = await makeUser("AGENT");
    const { id, member } = await organization();
    const name = (await db.organization.findUniqueOrThrow({ where: { id } })).name;
    const list = await listOrganizationsPage(agent, { q: name, page: 1 });
    expect(list?.items).toEqual([expect.objectContaining({ id, name, _count: { members: 1, tickets: 0 } })]);
    expect(await listOrganizationsPage(member, { q: undefined, page: 1 })).toBeNull();
    expect(await getOrganization(member, id)).toBeNull();
  });
});
