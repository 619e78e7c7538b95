import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { addReply, createTicket, updateTicket } from "./service";
import { setTicketEmails } from "./notify";
import { invalidatePortalSettings } from "@/lib/settings/queries";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

async function ticketOf(owner: Awaited<ReturnType<typeof makeUser>>) {
  const result = await createTicket(owner, { subject: "Laptop fan loud", description: "Very loud.", categoryId, urgency: "LOW" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
// The acknowledgement of filing is tested with the agents' notices (lib/notifications); these are the later ones.
const mailTo = (email: string) => db.emailMessage.findMany({ where: { to: email, kind: { not: "ticket-filed" } }, orderBy: { createdAt: "asc" } });

describe("emails to the requester", () => {
  it("an agent's public reply is emailed with its text and the ticket link; an internal note is not", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await addReply(agent, { ticketId: id, body: "secret note", internal: true });
    await addReply(agent, { ticketId: id, body: "Please clean the vent.\nThen restart." });
    const mails = await mailTo(alice.email);
    expect(mails.map((m) => m.kind)).toEqual(["ticket-reply"]);
    expect(mails[0].subject).toBe(`[#${id}] New reply: Laptop fan loud`);
    expect(mails[0].text).toContain("> Please clean the vent.\n> Then restart.");
    expect(mails[0].text).toContain(`/tickets/${id}`);
    expect(mails[0].text).not.toContain("secret note");
  });

  it("a status change is emailed; the requester's own actions are not", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await addReply(alice, { ticketId: id, body: "more info" });
    await updateTicket(agent, { ticketId: id, version: 1, status: "RESOLVED", priority: "LOW", assigneeId: "" });
    const mails = await mailTo(alice.email);
    expect(mails.map((m) => m.kind)).toEqual(["ticket-status"]);
    expect(mails[0].text).toContain("is now: Resolved");
  });

  it("a requester who muted ticket emails gets none", async () => {
    const alice = await makeUser();
    const agent = await makeUser("AGENT");
    await setTicketEmails(alice, false);
    const id = await ticketOf(alice);
    await addReply(agent, { ticketId: id, body: "Hello" });
    await updateTicket(agent, { ticketId: id, version: 1, status: "CLOSED", priority: "LOW", assigneeId: "" });
    expect(await mailTo(alice.email)).toEqual([]);
  });

  it("is written in the requester's language", async () => {
    const alice = await makeUser();
    await db.user.update({ where: { id: alice.id }, data: { locale: "es" } });
    const agent = await makeUser("AGENT");
    const id = await ticketOf(alice);
    await updateTicket(agent, { ticketId: id, version: 0, status: "WAITING_FOR_CUSTOMER", priority: "LOW", assigneeId: "" });
    const [mail] = await mailTo(alice.email);
    expect(mail.subject).toBe(`[#${id}] Cambio de estado: Laptop fan loud`);
  });

  it("is branded with the portal's colour and logo and dated in the requester's time zone", async () => {
    const before = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    await db.portalSettings.update({ where: { id: 1 }, data: { primaryColor: "#0f766e", logoKey: "branding/logo-abc.png", logoContentType: "image/png" } });
    invalidatePortalSettings();
    try {
      const alice = await makeUser();
      await db.user.update({ where: { id: alice.id }, data: { timeZone: "America/Mexico_City" } });
      const agent = await makeUser("AGENT");
      const id = await ticketOf(alice);
      await addReply(agent, { ticketId: id, body: "On it." });
      const [mail] = await mailTo(alice.email);
      expect(mail.subject).toBe(`[#${id}] New reply: Laptop fan loud`);
      expect(mail.html).toContain("background-color:#0f766e");
      expect(mail.html).toMatch(/<img [^>]*src="http[^"]*\/api\/branding\/logo\?v=logo-abc\.png"/);
      expect(mail.text).toMatch(/Sent on .+ \(America\/Mexico_City\)\./);
    } finally {
      const { primaryColor, logoKey, logoContentType } = before;
      await db.portalSettings.update({ where: { id: 1 }, data: { primaryColor, logoKey, logoContentType } });
      invalidatePortalSettings();
    }
  });
});
