import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { getOutboxEmail, listOutbox } from "./queries";
import { retryEmail } from "./service";

// Who may read the outbox and retry its messages: admins only. Rows are made due in a distant
// future so that delivery runs in other test files never pick them up.

// Before the imports load lib/env.ts: retries here go through the outbox backend, never a real provider.
vi.hoisted(() => vi.stubEnv("RESEND_API_KEY", undefined));

const FAR_FUTURE = new Date("2100-01-01T00:00:00Z");

async function storedEmail(status: "QUEUED" | "FAILED" | "SENT", attempts = 3) {
  return db.emailMessage.create({
    data: {
      to: `someone-${crypto.randomUUID()}@example.test`,
      subject: "Your password",
      text: "Temporary password: hunter2",
      html: "<p>Temporary password: hunter2</p>",
      kind: "passwordInitialized",
      status,
      attempts,
      lastError: status === "SENT" ? null : "provider is down",
      nextAttemptAt: FAR_FUTURE,
      sentAt: status === "SENT" ? new Date() : null,
    },
  });
}

describe("the outbox", () => {
  it("agents and customers cannot list it or read a message", async () => {
    const email = await storedEmail("SENT");
    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      expect(await listOutbox(viewer, 1)).toBeNull();
      expect(await getOutboxEmail(viewer, email.id)).toBeNull();
    }
  });

  it("agents and customers cannot retry a message, and nothing changes", async () => {
    const queued = await storedEmail("QUEUED");
    const failed = await storedEmail("FAILED", 6);
    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      for (const email of [queued, failed]) {
        expect(await retryEmail(viewer, { id: email.id })).toMatchObject({ ok: false, message: "outbox.errors.notFound" });
        expect(await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toEqual(email);
      }
    }
    expect(await db.auditLog.count({ where: { action: "email.retry", targetId: { in: [queued.id, failed.id] } } })).toBe(0);
  });

  it("an admin lists messages newest first, 20 a page, and reads one's text", async () => {
    const admin = await makeUser("ADMIN");
    const email = await storedEmail("SENT");
    const first = await listOutbox(admin, "1");
    expect(first?.items.length).toBeLessThanOrEqual(20);
    const dates = first!.items.map((i) => i.createdAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(first!.items[0]).not.toHaveProperty("text");
    expect(first!.items[0]).not.toHaveProperty("html");
    // A generated password is masked on the server: it never reaches the admin's browser.
    expect(await getOutboxEmail(admin, email.id)).toMatchObject({ id: email.id, text: "Temporary password: ••••••••", masked: true });
    expect(await getOutboxEmail(admin, email.id)).not.toHaveProperty("html");
    expect(await getOutboxEmail(admin, "x' or 1=1 --")).toBeNull();
    expect((await listOutbox(admin, "-3"))?.page).toBe(1);
  });

  it("an admin's retry sends a failed message again at once, and is audited", async () => {
    const admin = await makeUser("ADMIN");
    const failed = await storedEmail("FAILED", 6);
    // No API key in the test environment: the outbox backend delivers.
    expect(await retryEmail(admin, { id: failed.id })).toEqual({ ok: true, data: { status: "SENT" } });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "SENT", attempts: 7, provider: "outbox" });
    expect(await db.auditLog.count({ where: { action: "email.retry", targetId: failed.id, actorId: admin.id } })).toBe(1);
  });

  it("an admin cannot retry a sent or unknown message", async () => {
    const admin = await makeUser("ADMIN");
    const sent = await storedEmail("SENT");
    expect(await retryEmail(admin, { id: sent.id })).toMatchObject({ ok: false, message: "outbox.errors.alreadySent" });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(sent);
    expect(await retryEmail(admin, { id: "nope" })).toMatchObject({ ok: false, message: "outbox.errors.notFound" });
    expect(await retryEmail(admin, { id: { not: "a string" } })).toMatchObject({ ok: false, message: "outbox.errors.notFound" });
  });
});
