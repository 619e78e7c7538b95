import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { portalModulesFor } from "./modules";

describe("portal modules for a person", () => {
  it("a person's own Portal-tab option turns a module off for them alone", async () => {
    const [hidden, shown] = await Promise.all([makeUser(), makeUser()]);
    await db.userPortalOptions.update({ where: { userId: hidden.id }, data: { showNotes: false } });
    const settings = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
    expect((await portalModulesFor(hidden.id)).notes).toBe(false);
    expect((await portalModulesFor(shown.id)).notes).toBe(settings.notesEnabled);
  });

  it("a person without an options row gets the global switches", async () => {
    const person = await makeUser();
    await db.userPortalOptions.delete({ where: { userId: person.id } });
    const settings = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
    expect(await portalModulesFor(person.id)).toEqual({
      chat: settings.chatEnabled,
      assets: settings.assetsEnabled,
      documents: settings.documentsEnabled,
      notes: settings.notesEnabled,
      confirmations: settings.confirmationsEnabled,
    });
  });
});
