import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { deleteAnnouncement, dismissAnnouncement, saveAnnouncement } from "./service";
import { listAnnouncements, runningAnnouncements } from "./queries";

const HOUR = 3600_000;
const created: string[] = [];
afterAll(async () => {
  await db.announcement.deleteMany({ where: { id: { in: created } } });
});

const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();
const input = (over: Partial<Parameters<typeof saveAnnouncement>[1]> = {}) => ({
  severity: "INFO" as const,
  messageEn: "Maintenance on Friday",
  messageEs: "Mantenimiento el viernes",
  startsAt: at(-1),
  endsAt: at(1),
  ...over,
});
async function make(over: Partial<Parameters<typeof saveAnnouncement>[1]> = {}) {
  const result = await saveAnnouncement(await makeUser("ADMIN"), input(over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  created.push(result.data.id);
  return result.data.id;
}

describe("announcements", () => {
  it("an admin adds and changes one, audited; agents and customers are refused and nothing is written", async () => {
    const admin = await makeUser("ADMIN");
    const saved = await saveAnnouncement(admin, input({ severity: "OUTAGE" }));
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.data.id : "";
    created.push(id);
    expect(await saveAnnouncement(admin, input({ id, messageEn: "Changed" }))).toMatchObject({ ok: true });
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ messageEn: "Changed", severity: "INFO" });
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: { in: ["announcement.create", "announcement.update"] } } })).toBe(2);

    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      expect(await saveAnnouncement(viewer, input())).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await saveAnnouncement(viewer, input({ id, messageEn: "Taken over" }))).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await deleteAnnouncement(viewer, id)).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await listAnnouncements(viewer)).toBeNull();
      expect(await db.auditLog.count({ where: { actorId: viewer.id } })).toBe(0);
    }
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ messageEn: "Changed" });
  });

  it("refuses an end before the start, empty messages and a bad severity", async () => {
    const admin = await makeUser("ADMIN");
    const before = await db.announcement.count();
    expect(await saveAnnouncement(admin, input({ endsAt: at(-2) }))).toMatchObject({ ok: false, fieldErrors: { endsAt: ["errors.endBeforeStart"] } });
    expect(await saveAnnouncement(admin, input({ messageEs: "  " }))).toMatchObject({ ok: false, fieldErrors: { messageEs: ["errors.messageRequired"] } });
    expect(await saveAnnouncement(admin, input({ severity: "PANIC" as "INFO" }))).toMatchObject({ ok: false, fieldErrors: { severity: ["errors.severityInvalid"] } });
    expect(await saveAnnouncement(admin, input({ startsAt: "next friday" }))).toMatchObject({ ok: false, fieldErrors: { startsAt: ["errors.dateInvalid"] } });
    expect(await db.announcement.count()).toBe(before);
  });

  it("shows only the running ones, in the reader's language, outages first; closed ones stay closed for that person only", async () => {
    const running = await make({ messageEn: "Running now" });
    const outage = await make({ severity: "OUTAGE", messageEn: "Mail is down", messageEs: "El correo no funciona" });
    const scheduled = await make({ startsAt: at(2), endsAt: at(3) });
    const ended = await make({ startsAt: at(-3), endsAt: at(-2) });
    const ana = await makeUser("CUSTOMER");
    const ben = await makeUser("CUSTOMER");
    const ids = async (userId: string, locale = "en") => (await runningAnnouncements(userId, locale)).filter((a) => created.includes(a.id));

    const shown = await ids(ana.id, "es");
    expect(shown.map((a) => a.id).slice(0, 1)).toEqual([outage]);
    expect(shown.map((a) => a.id)).toContain(running);
    expect(shown.map((a) => a.id)).not.toContain(scheduled);
    expect(shown.map((a) => a.id)).not.toContain(ended);
    expect(shown.find((a) => a.id === outage)?.message).toBe("El correo no funciona");

    expect(await dismissAnnouncement(ana, outage)).toMatchObject({ ok: true });
    expect(await dismissAnnouncement(ana, outage)).toMatchObject({ ok: true });
    expect((await ids(ana.id)).map((a) => a.id)).not.toContain(outage);
    expect((await ids(ben.id)).map((a) => a.id)).toContain(outage);
    // Only a running announcement can be closed (a scheduled one would be hidden in advance).
    expect(await dismissAnnouncement(ana, scheduled)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await dismissAnnouncement(ana, "nope")).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("an admin deletes one, with who had closed it", async () => {
    const id = await make();
    const ana = await makeUser("CUSTOMER");
    await dismissAnnouncement(ana, id);
    const admin = await makeUser("ADMIN");
    expect(await deleteAnnouncement(admin, id)).toMatchObject({ ok: true });
    expect(await db.announcement.findUnique({ where: { id } })).toBeNull();
    expect(await db.announcementDismissal.count({ where: { announcementId: id } })).toBe(0);
    expect(await deleteAnnouncement(admin, id)).toMatchObject({ ok: false, message: "errors.notFound" });
  });
});
