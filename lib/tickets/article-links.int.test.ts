import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCategory, makeUser } from "@/test/factories";
import { makeArticle, makeKbCategory } from "@/test/kb-factories";
import { db } from "@/lib/db";
import { createTicket } from "./service";
import { articleUrl, findArticlesForReply } from "./article-links";

let ticketCategoryId: string;
let kbCategoryId: string;
beforeAll(async () => {
  ticketCategoryId = (await makeCategory()).id;
  kbCategoryId = (await makeKbCategory()).id;
});

const word = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;

async function ticketOf(requester: Awaited<ReturnType<typeof makeUser>>) {
  const result = await createTicket(requester, { subject: "VPN", description: "Cannot connect.", categoryId: ticketCategoryId, urgency: "LOW" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("article links for a reply", () => {
  it("offers a public reply only what the requester may read, an internal note every published article", async () => {
    const w = word();
    const acme = `Acme ${randomUUID()}`;
    const requester = await makeUser("CUSTOMER", { organizationName: acme });
    const other = await makeUser("CUSTOMER", { organizationName: `Globex ${randomUUID()}` });
    const agent = { ...(await makeUser("AGENT")), locale: null };
    const ticketId = await ticketOf(requester);
    const open = await makeArticle({ categoryId: kbCategoryId, title: `Open ${w}` });
    const ownOrg = await makeArticle({ categoryId: kbCategoryId, title: `Own org ${w}`, organizationIds: [requester.organizationId!] });
    const internal = await makeArticle({ categoryId: kbCategoryId, title: `Internal ${w}`, visibility: "INTERNAL" });
    const otherOrg = await makeArticle({ categoryId: kbCategoryId, title: `Other org ${w}`, organizationIds: [other.organizationId!] });
    await makeArticle({ categoryId: kbCategoryId, title: `Draft ${w}`, state: "DRAFT" });

    const reply = await findArticlesForReply(agent, { ticketId, query: w, internal: false });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.data.items.map((a) => a.id).sort()).toEqual([open.id, ownOrg.id].sort());
    expect(reply.data.items.find((a) => a.id === open.id)).toEqual({ id: open.id, title: `Open ${w}`, url: articleUrl(open.slug) });

    const note = await findArticlesForReply(agent, { ticketId, query: w, internal: true });
    if (!note.ok) throw new Error(JSON.stringify(note));
    expect(note.data.items.map((a) => a.id).sort()).toEqual([open.id, ownOrg.id, internal.id, otherOrg.id].sort());
  });

  it("builds absolute addresses from the configured base URL", () => {
    expect(articleUrl("reset-password")).toMatch(/^https?:\/\/[^/]+\/kb\/reset-password$/);
  });

  it("refuses a customer, even on their own ticket", async () => {
    const w = word();
    const customer = await makeUser("CUSTOMER");
    const ticketId = await ticketOf(customer);
    await makeArticle({ categoryId: kbCategoryId, title: `Internal ${w}`, visibility: "INTERNAL" });
    expect(await findArticlesForReply({ ...customer, locale: null }, { ticketId, query: w, internal: true })).toMatchObject({ ok: false, message: "errors.forbidden" });
  });

  it("refuses a ticket that does not exist", async () => {
    const agent = { ...(await makeUser("AGENT")), locale: null };
    const missing = (await db.ticket.count()) + 1_000_000;
    expect(await findArticlesForReply(agent, { ticketId: missing, query: "x", internal: false })).toMatchObject({ ok: false, message: "errors.notFound" });
  });
});
