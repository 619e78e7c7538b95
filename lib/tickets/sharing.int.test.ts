import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { PNG, tempStorage } from "@/test/files";
import { addReply, createTicket, rateTicket, reopenTicket, resolveTicket, updateTicket } from "./service";
import { getAttachmentForDownload, getTicket, listMyTickets, viewerSharesTickets } from "./queries";
import { getTicketFieldValues } from "@/lib/request-types/queries";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeCategory()).id;
});

/** Two colleagues of a fresh organization, an outsider of another, and a ticket with a file. */
async function company(shareTickets: boolean) {
  const organizationName = `Org ${randomUUID()}`;
  const requester = await makeUser("CUSTOMER", { organizationName });
  const colleague = await makeUser("CUSTOMER", { organizationName });
  const outsider = await makeUser("CUSTOMER", { organizationName: `Other ${randomUUID()}` });
  await db.organization.update({ where: { id: requester.organizationId! }, data: { shareTickets } });
  const { storage } = tempStorage();
  const created = await createTicket(requester, { subject: "Shared printer", description: "Jams.", categoryId, urgency: "LOW" }, { storage, files: [{ name: "jam.png", bytes: PNG }] });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const attachment = await db.attachment.findFirstOrThrow({ where: { ticketId: created.data.id } });
  return { requester, colleague, outsider, ticketId: created.data.id, attachmentId: attachment.id };
}

const listed = async (viewer: Awaited<ReturnType<typeof makeUser>>, scope: "mine" | "company") =>
  (await listMyTickets(viewer, { scope })).items.map((t) => t.id);

describe("company ticket sharing", () => {
  it("off: a colleague can neither read, list, reply to nor download from the ticket", async () => {
    const { colleague, ticketId, attachmentId } = await company(false);
    expect(await viewerSharesTickets(colleague)).toBe(false);
    expect(await getTicket(colleague, ticketId)).toBeNull();
    expect(await getTicketFieldValues(colleague, ticketId, "en")).toBeNull();
    expect(await listed(colleague, "company")).not.toContain(ticketId);
    expect(await addReply(colleague, { ticketId, body: "me too" })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await getAttachmentForDownload(colleague, attachmentId)).toBeNull();
    expect(await db.ticketMessage.count({ where: { ticketId } })).toBe(0);
  });

  it("on: a colleague reads, lists (under My company only), downloads and replies", async () => {
    const { requester, colleague, ticketId, attachmentId } = await company(true);
    expect(await viewerSharesTickets(colleague)).toBe(true);
    expect((await getTicket(colleague, ticketId))?.subject).toBe("Shared printer");
    expect(await getTicketFieldValues(colleague, ticketId, "en")).toEqual([]);
    expect(await listed(colleague, "mine")).not.toContain(ticketId);
    const companyList = await listMyTickets(colleague, { scope: "company" });
    const item = companyList.items.find((t) => t.id === ticketId);
    expect(item?.requester.id).toBe(requester.id);
    expect(item?.unread).toBe(false);
    expect((await getAttachmentForDownload(colleague, attachmentId))?.fileName).toBe("jam.png");
    expect(await addReply(colleague, { ticketId, body: "Same here" })).toMatchObject({ ok: true });
    expect((await getTicket(requester, ticketId))?.messages.map((m) => m.body)).toEqual(["Same here"]);
  });

  it("on: resolving, reopening and rating stay the requester's", async () => {
    const { requester, colleague, ticketId } = await company(true);
    expect(await resolveTicket(colleague, ticketId)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).status).toBe("NEW");
    expect(await resolveTicket(requester, ticketId)).toMatchObject({ ok: true });
    expect(await reopenTicket(colleague, { ticketId, reason: "Not fixed" })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await rateTicket(colleague, { ticketId, rating: 1, comment: "" })).toMatchObject({ ok: false, message: "errors.notFound" });
    // A colleague's reply to a resolved ticket does not reopen it either.
    expect(await addReply(colleague, { ticketId, body: "Thanks" })).toMatchObject({ ok: true });
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect([row.status, row.rating]).toEqual(["RESOLVED", null]);
  });

  it("on: another organization and a customer without organization never see it", async () => {
    const { outsider, ticketId, attachmentId } = await company(true);
    const loner = await makeUser("CUSTOMER");
    const own = await createTicket(loner, { subject: "Mine", description: "x", categoryId, urgency: "LOW" });
    if (!own.ok) throw new Error("ticket");
    for (const viewer of [outsider, loner]) {
      expect(await getTicket(viewer, ticketId)).toBeNull();
      expect(await getTicketFieldValues(viewer, ticketId, "en")).toBeNull();
      expect(await listed(viewer, "company")).not.toContain(ticketId);
      expect(await getAttachmentForDownload(viewer, attachmentId)).toBeNull();
      expect(await addReply(viewer, { ticketId, body: "x" })).toMatchObject({ ok: false });
    }
    expect(loner.organizationId).toBeNull();
    expect(await listed(loner, "company")).toEqual([own.data.id]);
  });

  it("a colleague who moves to another organization stops seeing the old one's tickets", async () => {
    const { colleague, outsider, ticketId } = await company(true);
    expect(await getTicket(colleague, ticketId)).not.toBeNull();
    await db.user.update({ where: { id: colleague.id }, data: { organizationId: outsider.organizationId } });
    expect(await getTicket(colleague, ticketId)).toBeNull();
    expect(await getTicketFieldValues(colleague, ticketId, "en")).toBeNull();
  });

  it("agents still see every ticket; a customer still cannot change one", async () => {
    const { colleague, ticketId } = await company(true);
    const agent = await makeUser("AGENT");
    expect(await getTicket(agent, ticketId)).not.toBeNull();
    expect(await updateTicket(colleague, { ticketId, version: 0, status: "CLOSED", priority: "LOW", assigneeId: "" })).toMatchObject({ ok: false });
  });
});
