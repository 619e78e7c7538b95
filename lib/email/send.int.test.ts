import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { renderEmail } from "./templates";

// Delivery through both backends, against the real database. The Resend backend talks to a local
// HTTP server standing in for api.resend.com, reached through RESEND_BASE_URL like in production.

type Recorded = { method?: string; url?: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };

function fakeResend() {
  const requests: Recorded[] = [];
  let reply = { status: 200, body: {} as object };
  let nextId = 0;
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(raw || "{}") });
      const body = reply.status === 200 ? { id: `re_fake_${++nextId}` } : reply.body;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  return {
    requests,
    server,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    succeed: () => void (reply = { status: 200, body: {} }),
    failWith500: () => void (reply = { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "provider is down" } }),
    /** The requests that carried this message, recognised by their idempotency key. */
    requestsFor: (id: string) => requests.filter((r) => r.headers["idempotency-key"] === `portico-email/${id}`),
  };
}

const resend = fakeResend();
beforeAll(() => new Promise<void>((resolve) => resend.server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => resend.server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
  resend.succeed();
});

/** The email module as a freshly started server would load it with these environment variables. */
async function loadWithEnv(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./send");
}

const FROM = "Portico Desk <desk@example.test>";
const withResend = () => loadWithEnv({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url(), EMAIL_FROM: FROM });

function welcome(to: string, password = "Tr0ub4dor&3") {
  const rendered = renderEmail("passwordInitialized", "en", {
    name: "Ana",
    email: to,
    password,
    loginUrl: "http://localhost:3000/login",
    siteName: "Portico",
  });
  return { to, ...rendered, kind: "passwordInitialized" };
}

const address = () => `user-${crypto.randomUUID()}@example.test`;
const later = (date: Date, ms = 1000) => new Date(date.getTime() + ms);

describe("the outbox backend (no API key)", () => {
  it("records the message as sent by the outbox", async () => {
    const { sendEmail } = await loadWithEnv({ RESEND_API_KEY: undefined });
    const to = address();
    const result = await sendEmail(welcome(to));
    expect(result.status).toBe("SENT");
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ to, status: "SENT", provider: "outbox", providerId: null, attempts: 1, lastError: null, kind: "passwordInitialized" });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.text).toContain("Tr0ub4dor&3");
  });

  it("refuses a message without a valid address and stores nothing", async () => {
    const { sendEmail } = await loadWithEnv({ RESEND_API_KEY: undefined });
    await expect(sendEmail({ ...welcome("x"), to: "not an address" })).rejects.toThrow();
    expect(await db.emailMessage.count({ where: { to: "not an address" } })).toBe(0);
  });
});

describe("the Resend backend", () => {
  it("sends the real payload to the API and stores the provider's id", async () => {
    const { sendEmail } = await withResend();
    const to = address();
    const result = await sendEmail(welcome(to, "p<w>d&42"));
    expect(result.status).toBe("SENT");
    const [request] = resend.requestsFor(result.id);
    expect(request).toMatchObject({ method: "POST", url: "/emails" });
    expect(request.headers.authorization).toBe("Bearer re_test_key");
    expect(request.body).toMatchObject({ from: FROM, to, subject: "Your Portico portal password" });
    expect(request.body.text).toContain("p<w>d&42");
    expect(request.body.html).toContain("p&lt;w&gt;d&amp;42");
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: "SENT", provider: "resend", attempts: 1, lastError: null });
    expect(row.providerId).toMatch(/^re_fake_\d+$/);
  });

  it("keeps a message the provider refused QUEUED, and delivers it once it is due", async () => {
    const { sendEmail, deliverDueEmails } = await withResend();
    resend.failWith500();
    const before = new Date();
    const result = await sendEmail(welcome(address()));
    expect(result.status).toBe("QUEUED");
    const queued = await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(queued).toMatchObject({ status: "QUEUED", attempts: 1, provider: "resend", sentAt: null, providerId: null });
    expect(queued.lastError).toContain("provider is down");
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before.getTime() + 60_000);

    resend.succeed();
    await deliverDueEmails(new Date(queued.nextAttemptAt.getTime() - 1000));
    expect(resend.requestsFor(result.id)).toHaveLength(1);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("QUEUED");

    await deliverDueEmails(later(queued.nextAttemptAt));
    expect(resend.requestsFor(result.id)).toHaveLength(2);
    const sent = await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 2 });
    expect(sent.providerId).toMatch(/^re_fake_\d+$/);
  });

  it("waits longer after each failure and gives up as FAILED after the last attempt", async () => {
    const { sendEmail, deliverDueEmails, MAX_ATTEMPTS, retryDelayMs } = await withResend();
    resend.failWith500();
    const { id } = await sendEmail(welcome(address()));
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const due = later((await db.emailMessage.findUniqueOrThrow({ where: { id } })).nextAttemptAt);
      await deliverDueEmails(due);
      const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe("QUEUED");
        expect(row.nextAttemptAt.getTime() - due.getTime()).toBe(retryDelayMs(attempt));
      }
    }
    const failed = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toContain("provider is down");
    expect(resend.requestsFor(id)).toHaveLength(MAX_ATTEMPTS);

    resend.succeed();
    await deliverDueEmails(later(failed.nextAttemptAt, 24 * 3600_000));
    expect(resend.requestsFor(id)).toHaveLength(MAX_ATTEMPTS);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
  });

  it("retry delays grow 1, 5, 25 minutes … and stop growing at 6 hours", async () => {
    const { retryDelayMs } = await withResend();
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 5, 25, 125, 360, 360]);
  });

  it("two workers retrying at the same time send a due message only once", async () => {
    const { sendEmail, deliverDueEmails } = await withResend();
    resend.failWith500();
    const { id } = await sendEmail(welcome(address()));
    resend.succeed();
    const due = later((await db.emailMessage.findUniqueOrThrow({ where: { id } })).nextAttemptAt);
    await Promise.all([deliverDueEmails(due), deliverDueEmails(due), deliverDueEmails(due)]);
    expect(resend.requestsFor(id)).toHaveLength(2);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("keeps the message QUEUED when the provider cannot be reached at all", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { sendEmail } = await loadWithEnv({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: `http://127.0.0.1:${port}` });
    const { id, status } = await sendEmail(welcome(address()));
    expect(status).toBe("QUEUED");
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(row.lastError).toBeTruthy();
  });
});
