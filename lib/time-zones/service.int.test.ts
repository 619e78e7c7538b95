import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { adoptBrowserTimeZone, setOwnTimeZone, timeZoneOf, timeZoneOfUser } from "./service";

describe("a person's time zone", () => {
  it("is the portal's default until the browser tells one, which is taken only once", async () => {
    const alice = await makeUser();
    const settings = await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
    expect(await timeZoneOfUser(alice.id)).toBe(settings.defaultTimeZone);
    expect(await adoptBrowserTimeZone(alice, "America/Mexico_City")).toBe(true);
    expect(await adoptBrowserTimeZone(alice, "Asia/Tokyo")).toBe(false);
    expect(await timeZoneOfUser(alice.id)).toBe("America/Mexico_City");
  });

  it("is changed on /account to a known zone only", async () => {
    const alice = await makeUser();
    expect(await setOwnTimeZone(alice, "Mars/Olympus")).toMatchObject({ ok: false, fieldErrors: { timeZone: ["errors.timeZoneInvalid"] } });
    expect(await adoptBrowserTimeZone(alice, "Not/AZone")).toBe(false);
    expect(await setOwnTimeZone(alice, "Europe/Madrid")).toMatchObject({ ok: true });
    expect(await timeZoneOf({ timeZone: "Europe/Madrid" })).toBe("Europe/Madrid");
    expect(await timeZoneOfUser(alice.id)).toBe("Europe/Madrid");
  });
});
