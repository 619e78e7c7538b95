import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { checkOutAsset, saveAsset, saveAssetLookup } from "@/lib/assets/service";
import { createConfirmationRequest, withdrawConfirmationRequest } from "@/lib/confirmations/service";
import { homeTilesFor } from "./home";

// The tiles read their texts through next-intl's server API, which needs a request; here the
// same catalogue is read through use-intl's translator (English).
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const { messagesFor } = await import("@/lib/i18n/messages");
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: messagesFor("en"), namespace: namespace as never }) };
});

type Person = Awaited<ReturnType<typeof makeUser>>;
let admin: Person, agent: Person & { name: string };
const unique = () => randomUUID().slice(0, 8);

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  agent = { ...(await makeUser("AGENT")), name: "Test AGENT" };
  // Every module is on by default (the schema's defaults); this test relies on them.
  await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});

async function heldAssetFor(person: Person) {
  const type = await saveAssetLookup(admin, "type", { name: `Laptop ${unique()}` });
  if (!type.ok) throw new Error(JSON.stringify(type));
  const asset = await saveAsset(agent, { tag: `H-${unique()}`, name: "ThinkPad T14", typeId: type.data.id, status: "IN_STOCK" });
  if (!asset.ok) throw new Error(JSON.stringify(asset));
  const out = await checkOutAsset(agent, { assetId: asset.data.id, userId: person.id });
  if (!out.ok) throw new Error(JSON.stringify(out));
}

async function askToConfirm(person: Person) {
  const result = await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title: `Policy ${unique()}`, text: "Passwords are never shared.", recipients: [person.email] });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const tile = async (person: Person, key: string) => (await homeTilesFor(person)).find((t) => t.key === key);

describe("the portal home's module tiles", () => {
  it("show a customer's pending confirmations and held assets with their counts", async () => {
    const customer = await makeUser("CUSTOMER");
    await heldAssetFor(customer);
    await askToConfirm(customer);
    const second = await askToConfirm(customer);

    const tiles = await homeTilesFor(customer);
    expect(tiles.map((t) => t.key)).toEqual(["tickets", "kb", "chat", "assets", "documents", "notes", "confirmations"]);
    expect(tiles.find((t) => t.key === "confirmations")).toMatchObject({ href: "/confirmations", badge: 2, lines: ["2 requests wait for your answer"] });
    expect(tiles.find((t) => t.key === "assets")).toMatchObject({ href: "/assets", lines: ["You hold 1 asset"] });
    expect(tiles.find((t) => t.key === "chat")).toMatchObject({ badge: 0 });
    expect(tiles.find((t) => t.key === "notes")).toMatchObject({ badge: 0 });
    // Documents given to every customer by other tests may count here too: only the link is checked.
    expect(tiles.find((t) => t.key === "documents")).toMatchObject({ href: "/documents" });

    // A withdrawn request no longer waits; another person's requests and assets are not counted.
    await withdrawConfirmationRequest(agent, second);
    expect(await tile(customer, "confirmations")).toMatchObject({ badge: 1, lines: ["1 request waits for your answer"] });
    const other = await makeUser("CUSTOMER");
    expect(await tile(other, "confirmations")).toMatchObject({ badge: 0, lines: ["Nothing waits for your answer"] });
    expect(await tile(other, "assets")).toMatchObject({ lines: ["You hold no assets"] });
  });

  it("lose a module's tile when the module is turned off for the person", async () => {
    const customer = await makeUser("CUSTOMER");
    await heldAssetFor(customer);
    await askToConfirm(customer);
    expect(await tile(customer, "confirmations")).toBeDefined();
    expect(await tile(customer, "assets")).toBeDefined();

    await db.userPortalOptions.update({ where: { userId: customer.id }, data: { showConfirmations: false, showAssets: false } });
    const keys = (await homeTilesFor(customer)).map((t) => t.key);
    expect(keys).not.toContain("confirmations");
    expect(keys).not.toContain("assets");
    expect(keys).toContain("tickets");
    expect(keys).toContain("notes");
  });
});
