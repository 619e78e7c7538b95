import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, updatePortalOptions } from "@/lib/accounts/service";
import { updateOrganization } from "@/lib/organizations/service";
import { saveRequestType } from "@/lib/request-types/service";
import { makeUser } from "@/test/factories";
import { listAgents, listQueueOptions } from "./choices";

// The lists are kept per process (lib/realtime/kept.ts): each service that changes them must say
// so, or the console offers a stale list until the next restart.

describe("the console's lists of agents, categories and organizations", () => {
  it("show a new agent, and drop one whose portal access is turned off, at once", async () => {
    const admin = await makeUser("ADMIN");
    await listAgents();
    const email = `agent-${randomUUID()}@example.test`;
    const created = await createUser(admin, { email, name: `New agent ${randomUUID().slice(0, 6)}`, role: "AGENT" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await listAgents()).map((a) => a.id)).toContain(created.data.id);

    const portal = { showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true };
    expect(await updatePortalOptions(admin, created.data.id, { ...portal, portalAccess: false })).toMatchObject({ ok: true });
    expect((await listAgents()).map((a) => a.id)).not.toContain(created.data.id);
  });

  it("show a renamed organization, and a new or renamed request type, at once", async () => {
    const admin = await makeUser("ADMIN");
    const member = await makeUser("CUSTOMER", { organizationName: `Org ${randomUUID()}` });
    const names = async () => (await listQueueOptions()).organizations.map((o) => o.name);
    await names();
    const renamed = `Renamed ${randomUUID()}`;
    expect(await updateOrganization(admin, member.organizationId, { name: renamed, kind: "COMPANY", shareTickets: false })).toMatchObject({ ok: true });
    expect(await names()).toContain(renamed);

    const slug = `type-${randomUUID().slice(0, 8)}`;
    const saved = await saveRequestType(admin, null, { slug, nameEn: `Type ${slug}`, nameEs: `Tipo ${slug}`, descriptionEn: "", descriptionEs: "", icon: "laptop" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const categories = async () => (await listQueueOptions()).categories;
    expect((await categories()).map((c) => c.id)).toContain(saved.data.id);
    expect(await saveRequestType(admin, saved.data.id, { slug, nameEn: `Renamed ${slug}`, nameEs: `Tipo ${slug}`, descriptionEn: "", descriptionEs: "", icon: "laptop" })).toMatchObject({ ok: true });
    expect((await categories()).find((c) => c.id === saved.data.id)?.nameEn).toBe(`Renamed ${slug}`);
  });
});
