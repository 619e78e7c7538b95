import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PURGE_AFTER_MS, purgeDeliveredPasswords } from "./purge";

// The body of a delivered message that held a generated password is removed a day later; the
// record stays. Other messages, and undelivered ones, keep their text.

const stored = (kind: string, status: "SENT" | "QUEUED", sentAgoMs: number | null, now: Date) =>
  db.emailMessage.create({
    data: {
      to: `purge-${crypto.randomUUID()}@example.test`,
      subject: "Your portal password",
      text: "Temporary password: hunter2",
      html: "<p>Temporary password: hunter2</p>",
      kind,
      status,
      attempts: 1,
      sentAt: sentAgoMs === null ? null : new Date(now.getTime() - sentAgoMs),
    },
  });

describe("purging generated passwords from delivered mail", () => {
  it("empties only delivered password messages older than a day, keeping their record", async () => {
    const now = new Date();
    const old = await stored("passwordInitialized", "SENT", PURGE_AFTER_MS + 60_000, now);
    const recent = await stored("passwordInitialized", "SENT", 60_000, now);
    const waiting = await stored("passwordInitialized", "QUEUED", null, now);
    const reply = await stored("ticket-reply", "SENT", PURGE_AFTER_MS + 60_000, now);
    expect(await purgeDeliveredPasswords(now)).toBeGreaterThanOrEqual(1);
    const after = async (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(await after(old.id)).toMatchObject({ text: "", html: "", to: old.to, subject: old.subject, status: "SENT", kind: "passwordInitialized" });
    for (const kept of [recent, waiting, reply]) expect((await after(kept.id)).text).toContain("hunter2");
    // Again: nothing left to do for these.
    await purgeDeliveredPasswords(now);
    expect((await after(recent.id)).text).toContain("hunter2");
  });
});
