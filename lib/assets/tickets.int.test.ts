import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { createTicket } from "@/lib/tickets/service";
import { getTicket } from "@/lib/tickets/queries";
import { saveField, saveRequestType } from "@/lib/request-types/service";
import { getTicketFieldValues } from "@/lib/request-types/queries";
import { checkOutAsset, saveAsset, saveAssetLookup } from "./service";
import { getAsset, getMyAsset } from "./queries";

type Person = Awaited<ReturnType<typeof makeUser>>;
let admin: Person;
let agent: Person;
let customer: Person;
let other: Person;
let categoryId: string;
let mine: string;
let theirs: string;
let free: string;

const ticket = (viewer: Person, extra: Record<string, unknown> = {}) =>
  createTicket(viewer, { subject: `Broken ${randomUUID().slice(0, 6)}`, description: "It does not start.", categoryId, urgency: "MEDIUM", ...extra });

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  agent = await makeUser("AGENT");
  customer = await makeUser("CUSTOMER");
  other = await makeUser("CUSTOMER");
  categoryId = (await makeCategory()).id;
  const type = await saveAssetLookup(admin, "type", { name: `Laptop ${randomUUID().slice(0, 6)}` });
  if (!type.ok) throw new Error("type");
  const make = async () => {
    const r = await saveAsset(agent, { tag: `TK-${randomUUID().slice(0, 8)}`, name: "Latitude 7440", typeId: type.data.id, status: "IN_STOCK" });
    if (!r.ok) throw new Error("asset");
    return r.data.id;
  };
  [mine, theirs, free] = [await make(), await make(), await make()];
  await checkOutAsset(agent, { assetId: mine, userId: customer.id });
  await checkOutAsset(agent, { assetId: theirs, userId: other.id });
});

describe("tickets about an asset", () => {
  it("a requester reports a problem on their asset; both sides see the link", async () => {
    const result = await ticket(customer, { assetId: mine });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await getTicket(customer, result.data.id))?.asset).toMatchObject({ id: mine });
    expect((await getMyAsset(customer, mine))?.tickets.map((t) => t.id)).toContain(result.data.id);
    expect((await getAsset(agent, mine))?.tickets.map((t) => t.id)).toContain(result.data.id);
  });

  it("refuses another person's asset and an unknown one alike, writing nothing", async () => {
    const before = await db.ticket.count({ where: { requesterId: customer.id } });
    const forTheirs = await ticket(customer, { assetId: theirs });
    const forUnknown = await ticket(customer, { assetId: "nosuchasset" });
    const forFree = await ticket(customer, { assetId: free });
    expect(forTheirs).toEqual(forUnknown);
    expect(forFree).toEqual(forUnknown);
    expect(forTheirs).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
    expect(await db.ticket.count({ where: { requesterId: customer.id } })).toBe(before);
  });

  it("an agent filing on behalf may name the requester's asset, not another's", async () => {
    expect((await ticket(agent, { requesterId: customer.id, assetId: mine })).ok).toBe(true);
    expect(await ticket(agent, { requesterId: customer.id, assetId: theirs })).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
  });

  it("the asset page lists only the viewer's own tickets about it", async () => {
    // The same asset, later held by someone else: their tickets are not the first holder's to see.
    const shared = (await ticket(agent, { requesterId: other.id, assetId: theirs }));
    if (!shared.ok) throw new Error("ticket");
    expect(await getMyAsset(customer, theirs)).toBeNull();
    expect((await getMyAsset(other, theirs))?.tickets.map((t) => t.id)).toEqual([shared.data.id]);
  });
});

describe("the asset field of a request type", () => {
  it("accepts only one of the requester's current assets and shows it by tag and name", async () => {
    const type = await saveRequestType(admin, null, { slug: `hw-${randomUUID().slice(0, 8)}`, nameEn: "Hardware fault", nameEs: "Avería", icon: "laptop" });
    if (!type.ok) throw new Error(JSON.stringify(type));
    const field = await saveField(admin, type.data.id, null, { labelEn: "Which device?", labelEs: "¿Qué equipo?", type: "ASSET", required: true });
    if (!field.ok) throw new Error(JSON.stringify(field));
    const base = { subject: "Screen flickers", description: "Since Monday.", categoryId: type.data.id, urgency: "MEDIUM" as const };
    expect(await createTicket(customer, { ...base, fields: { [field.data.id]: theirs } })).toMatchObject({ ok: false, fieldErrors: { [`field.${field.data.id}`]: ["errors.fieldAssetInvalid"] } });
    expect(await createTicket(customer, { ...base, fields: {} })).toMatchObject({ ok: false, fieldErrors: { [`field.${field.data.id}`]: ["errors.fieldRequired"] } });
    const ok = await createTicket(customer, { ...base, fields: { [field.data.id]: mine } });
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const values = await getTicketFieldValues(customer, ok.data.id, "en");
    expect(values?.[0]).toMatchObject({ label: "Which device?", type: "ASSET", value: expect.stringContaining("Latitude 7440") });
    // An agent on behalf: the requester's assets count, not the agent's.
    expect((await createTicket(agent, { ...base, requesterId: customer.id, fields: { [field.data.id]: mine } })).ok).toBe(true);
    expect((await createTicket(agent, { ...base, requesterId: customer.id, fields: { [field.data.id]: theirs } })).ok).toBe(false);
  });
});

describe("with the assets module off for the requester", () => {
  it("refuses an attached asset and an asset field value as unknown, on behalf too; the agent's own switch does not count", async () => {
    const hidden = await makeUser("CUSTOMER");
    const type = await saveAssetLookup(admin, "type", { name: `Phone ${randomUUID().slice(0, 6)}` });
    if (!type.ok) throw new Error("type");
    const made = await saveAsset(agent, { tag: `OFF-${randomUUID().slice(0, 8)}`, name: "Pixel 8", typeId: type.data.id, status: "IN_STOCK" });
    if (!made.ok) throw new Error("asset");
    const held = made.data.id;
    await checkOutAsset(agent, { assetId: held, userId: hidden.id });
    const requestType = await saveRequestType(admin, null, { slug: `ph-${randomUUID().slice(0, 8)}`, nameEn: "Phone fault", nameEs: "Avería de teléfono", icon: "laptop" });
    if (!requestType.ok) throw new Error(JSON.stringify(requestType));
    const field = await saveField(admin, requestType.data.id, null, { labelEn: "Which phone?", labelEs: "¿Qué teléfono?", type: "ASSET", required: false });
    if (!field.ok) throw new Error(JSON.stringify(field));
    const withField = { subject: "No signal", description: "Since Monday.", categoryId: requestType.data.id, urgency: "MEDIUM" as const, fields: { [field.data.id]: held } };
    // On for them: both ways of naming the asset are accepted.
    expect((await ticket(hidden, { assetId: held })).ok).toBe(true);
    expect((await createTicket(hidden, withField)).ok).toBe(true);

    await db.userPortalOptions.upsert({ where: { userId: hidden.id }, update: { showAssets: false }, create: { userId: hidden.id, showAssets: false } });
    const before = await db.ticket.count({ where: { requesterId: hidden.id } });
    const attached = await ticket(hidden, { assetId: held });
    expect(attached).toEqual(await ticket(hidden, { assetId: "nosuchasset" }));
    expect(attached).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
    expect(await createTicket(hidden, withField)).toMatchObject({ ok: false, fieldErrors: { [`field.${field.data.id}`]: ["errors.fieldAssetInvalid"] } });
    expect(await ticket(agent, { requesterId: hidden.id, assetId: held })).toMatchObject({ ok: false, fieldErrors: { assetId: ["errors.assetUnknown"] } });
    expect(await createTicket(agent, { ...withField, requesterId: hidden.id })).toMatchObject({ ok: false, fieldErrors: { [`field.${field.data.id}`]: ["errors.fieldAssetInvalid"] } });
    expect(await db.ticket.count({ where: { requesterId: hidden.id } })).toBe(before);
    // Without an asset the ticket is still filed.
    expect((await ticket(hidden)).ok).toBe(true);

    // The agent's own switch off, the requester's on: the requester's counts.
    await db.userPortalOptions.upsert({ where: { userId: agent.id }, update: { showAssets: false }, create: { userId: agent.id, showAssets: false } });
    expect((await ticket(agent, { requesterId: customer.id, assetId: mine })).ok).toBe(true);
  });
});
