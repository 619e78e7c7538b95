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

/** The email modules as a freshly started server would load them with these environment variables. */
async function loadWithEnv(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  const [send, jobs, delivery] = await Promise.all([import("./send"), import("./jobs"), import("./delivery")]);
  /** One run of the delivery job, as the runner does it; false when the attempt failed (the job throws to be retried). */
  const runJob = async (id: string) => jobs.deliverEmailJob.run({ id }).then(() => true, () => false);
  return { ...send, ...delivery, runJob };
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
const row = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });

describe("sendEmail", () => {
  it("records the message and returns before any delivery: the provider is not called in the request", async () => {
    const { sendEmail } = await withResend();
    const { id } = await sendEmail(welcome(address()));
    expect(await row(id)).toMatchObject({ status: "QUEUED", attempts: 0, sentAt: null });
    expect(resend.requestsFor(id)).toHaveLength(0);
  });

  it("refuses a message without a valid address and stores nothing", async () => {
    const { sendEmail } = await loadWithEnv({ RESEND_API_KEY: undefined });
    await expect(sendEmail({ ...welcome("x"), to: "not an address" })).rejects.toThrow();
    expect(await db.emailMessage.count({ where: { to: "not an address" } })).toBe(0);
  });

  // On PostgreSQL the queue also holds every other test file's emails, as a busy desk's would: the
  // runner must drain that backlog (in batches, see lib/jobs/boss.ts) before the deadline.
  it("is delivered by the job runner (outbox backend)", async () => {
    const { sendEmail } = await loadWithEnv({ RESEND_API_KEY: undefined });
    const { startJobRunner } = await import("@/lib/jobs/runner");
    const runner = await startJobRunner({ pollMs: 100, schedules: false });
    try {
      const to = address();
      const { id } = await sendEmail(welcome(to));
      const deadline = Date.now() + 15_000;
      while ((await row(id)).status !== "SENT" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const sent = await row(id);
      expect(sent).toMatchObject({ to, status: "SENT", provider: "outbox", providerId: null, attempts: 1, lastError: null });
      expect(sent.text).toContain("Tr0ub4dor&3");
    } finally {
      await runner.stop();
    }
  }, 30_000);
});

describe("the delivery job, through the Resend backend", () => {
  it("sends the real payload to the API and stores the provider's id", async () => {
    const { sendEmail, runJob } = await withResend();
    const to = address();
    const { id } = await sendEmail(welcome(to, "p<w>d&42"));
    expect(await runJob(id)).toBe(true);
    const [request] = resend.requestsFor(id);
    expect(request).toMatchObject({ method: "POST", url: "/emails" });
    expect(request.headers.authorization).toBe("Bearer re_test_key");
    expect(request.body).toMatchObject({ from: FROM, to, subject: "Your Portico portal password" });
    expect(request.body.text).toContain("p<w>d&42");
    expect(request.body.html).toContain("p&lt;w&gt;d&amp;42");
    const sent = await row(id);
    expect(sent).toMatchObject({ status: "SENT", provider: "resend", attempts: 1, lastError: null });
    expect(sent.providerId).toMatch(/^re_fake_\d+$/);
  });

  it("fails the run when the provider refuses (so the job is retried), and delivers on the next run", async () => {
    const { sendEmail, runJob } = await withResend();
    resend.failWith500();
    const before = new Date();
    const { id } = await sendEmail(welcome(address()));
    expect(await runJob(id)).toBe(false);
    const queued = await row(id);
    expect(queued).toMatchObject({ status: "QUEUED", attempts: 1, provider: "resend", sentAt: null, providerId: null });
    expect(queued.lastError).toContain("provider is down");
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before.getTime() + 60_000);

    resend.succeed();
    expect(await runJob(id)).toBe(true);
    expect(resend.requestsFor(id)).toHaveLength(2);
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("gives up as FAILED after the last attempt, which the job's retry limit matches", async () => {
    const { sendEmail, runJob, MAX_ATTEMPTS, DELIVERY_RETRY } = await withResend();
    const { deliverEmailJob } = await import("./jobs");
    expect(deliverEmailJob.retry).toEqual(DELIVERY_RETRY);
    expect(1 + DELIVERY_RETRY.limit).toBe(MAX_ATTEMPTS);
    resend.failWith500();
    const { id } = await sendEmail(welcome(address()));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await runJob(id)).toBe(false);
      expect(await row(id)).toMatchObject({ attempts: attempt, status: attempt < MAX_ATTEMPTS ? "QUEUED" : "FAILED" });
    }
    expect((await row(id)).lastError).toContain("provider is down");
    expect(resend.requestsFor(id)).toHaveLength(MAX_ATTEMPTS);
  });

  it("retry delays double from one minute, as the job retries them", async () => {
    const { retryDelayMs } = await withResend();
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16]);
  });

  it("two runs at the same time send a message only once", async () => {
    const { sendEmail, runJob } = await withResend();
    const { id } = await sendEmail(welcome(address()));
    await Promise.all([runJob(id), runJob(id), runJob(id)]);
    expect(resend.requestsFor(id)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("keeps the message QUEUED when the provider cannot be reached at all", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { sendEmail, runJob } = await loadWithEnv({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: `http://127.0.0.1:${port}` });
    const { id } = await sendEmail(welcome(address()));
    expect(await runJob(id)).toBe(false);
    const queued = await row(id);
    expect(queued).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(queued.lastError).toBeTruthy();
  });
});
