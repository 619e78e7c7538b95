// Two production instances (`next start` of the build) on one PostgreSQL database, as a deployment
// with several instances runs them. Run by `npm test` after the build; alone:
//   node scripts/two-instances.mjs      (needs `next build` first and PostgreSQL)
// Checks: a session from A works on B and signing out on A ends it on B; throttling counts across
// both; a recurring job runs once, not twice; an event published on A reaches a subscriber on B.
// Prints "two-instances: N passed, N failed" and exits non-zero on a failure.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const base = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_vitest";
if (!base) {
  console.log("two-instances: skipped (TEST_POSTGRES_URL is empty)");
  process.exit(0);
}
const databaseUrl = `${base}_two_instances_${process.pid}`;
const firstPort = Number(process.env.E2E_PORT ?? 3100) + 10;
const ports = [firstPort, firstPort + 1];
const urls = ports.map((p) => `http://127.0.0.1:${p}`);
const storage = mkdtempSync(path.join(tmpdir(), "portico-two-"));
const { RESEND_API_KEY: _resend, RESEND_BASE_URL: _resendUrl, ...inherited } = process.env;
const env = {
  ...inherited,
  NODE_OPTIONS: "",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "two-instances-secret-two-instances-secret",
  APP_URL: urls[0],
  STORAGE_DIR: storage,
};

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : error}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function dropDatabase() {
  const admin = new URL(databaseUrl);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
}

/** Cookies of one browser: name → value, from Set-Cookie headers. */
function jar() {
  const cookies = new Map();
  return {
    store(response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const i = pair.indexOf("=");
        const value = pair.slice(i + 1);
        if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(pair.slice(0, i));
        else cookies.set(pair.slice(0, i), value);
      }
    },
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    has: (prefix) => [...cookies.keys()].some((k) => k.startsWith(prefix)),
  };
}

async function call(url, cookies, init = {}) {
  const response = await fetch(url, { redirect: "manual", ...init, headers: { cookie: cookies.header(), ...init.headers } });
  cookies.store(response);
  return response;
}

async function csrf(server, cookies) {
  const response = await call(`${server}/api/auth/csrf`, cookies);
  return (await response.json()).csrfToken;
}

/** Credentials sign-in through Auth.js, as the login form does; true when a session cookie came back. */
async function signIn(server, cookies, email, password, ip) {
  const token = await csrf(server, cookies);
  const response = await call(`${server}/api/auth/callback/credentials`, cookies, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password, csrfToken: token, callbackUrl: `${server}/` }),
  });
  await response.arrayBuffer();
  return !/error=/.test(response.headers.get("location") ?? "") && cookies.has("authjs.session-token");
}

async function signOut(server, cookies) {
  const token = await csrf(server, cookies);
  const response = await call(`${server}/api/auth/signout`, cookies, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, callbackUrl: `${server}/login` }),
  });
  await response.arrayBuffer();
}

/** 200 when the console opens for this browser; a redirect to sign-in otherwise. */
async function consoleStatus(server, cookies) {
  const response = await fetch(`${server}/admin`, { redirect: "manual", headers: { cookie: cookies.header() } });
  await response.arrayBuffer();
  return response.status;
}

function startInstance(port) {
  const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  return { child, log: () => log };
}

async function waitUntilUp(server, instance) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${server}/login`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (instance.child.exitCode !== null) throw new Error(`instance exited:\n${instance.log()}`);
    await sleep(300);
  }
  throw new Error(`${server} did not start:\n${instance.log()}`);
}

/** Opens the SSE stream and resolves with a reader of its events. */
async function openEvents(server, cookies, topics) {
  const response = await fetch(`${server}/api/events?topics=${topics}`, { headers: { cookie: cookies.header() } });
  expect(response.status === 200, `events stream answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    /** The next event's data for which `match` is true, within `ms`. */
    async next(match, ms = 15_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (data) {
            const parsed = JSON.parse(data.slice(6));
            if (match(parsed)) return parsed;
          }
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error("no matching event arrived");
        const chunk = await Promise.race([reader.read(), sleep(left).then(() => ({ timeout: true }))]);
        if (chunk.timeout) throw new Error("no matching event arrived");
        if (chunk.done) throw new Error("the events stream ended");
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close: () => reader.cancel().catch(() => undefined),
  };
}

const instances = [];
let exitCode = 1;
try {
  await dropDatabase();
  // The real start path: migrations through scripts/db.mjs, then the demo data.
  execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env, stdio: "inherit" });
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (const port of ports) instances.push(startInstance(port));
  await Promise.all(urls.map((url, i) => waitUntilUp(url, instances[i])));
  const [A, B] = urls;
  console.log(`two-instances: A ${A}, B ${B}, one database`);

  await check("a session opened on A works on B; signing out on A ends it on B", async () => {
    const browser = jar();
    expect(await signIn(A, browser, "admin@portico.test", "portico-admin-demo", "203.0.113.1"), "sign-in on A failed");
    expect((await consoleStatus(B, browser)) === 200, "the session does not open the console on B");
    // The cookie as it was: signing out must end the session itself, not only clear the cookie.
    const kept = browser.header();
    await signOut(A, browser);
    const response = await fetch(`${B}/admin`, { redirect: "manual", headers: { cookie: kept } });
    await response.arrayBuffer();
    expect(response.status !== 200, `after sign-out on A, B answered ${response.status} to the session cookie`);
  });

  await check("throttling counts the failures made on both instances", async () => {
    // 10 failures per account and address: 5 on A and 5 on B. Each instance alone saw only 5.
    for (let i = 0; i < 10; i++) {
      const ok = await signIn(i % 2 ? B : A, jar(), "carmen@acme.test", "not the password", "203.0.113.10");
      expect(!ok, "a wrong password signed in");
    }
    expect(!(await signIn(B, jar(), "carmen@acme.test", "portico-customer-demo", "203.0.113.10")), "B let the right password in after 10 failures across A and B");
  });

  await check("a recurring job runs once, not once per instance", async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const count = async () => {
        const { rows } = await client.query(
          `select (select count(*) from pgboss.job where name = 'tickets.auto-close')
                + (select count(*) from pgboss.archive where name = 'tickets.auto-close') as n`,
        );
        return Number(rows[0].n);
      };
      const deadline = Date.now() + 20_000;
      while ((await count()) === 0 && Date.now() < deadline) await sleep(300);
      await sleep(3000);
      expect((await count()) === 1, `the hourly auto-close was queued ${await count()} times`);
    } finally {
      await client.end();
    }
  });

  await check("an event published on A reaches a subscriber on B (the queue's live refresh)", async () => {
    const agent = jar();
    expect(await signIn(B, agent, "agent@portico.test", "portico-agent-demo", "203.0.113.50"), "agent sign-in on B failed");
    const events = await openEvents(B, agent, "queue");
    try {
      await events.next(() => true, 5000).catch(() => undefined); // nothing is expected before the change
      const customer = jar();
      expect(await signIn(A, customer, "david@globex.test", "portico-customer-demo", "203.0.113.51"), "customer sign-in on A failed");
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query(`select id from "TicketCategory" where active order by "sortOrder" limit 1`).catch(() => client.query(`select id from "TicketCategory" limit 1`));
      await client.end();
      const form = new FormData();
      form.set("subject", "Printer on fire");
      form.set("description", "Smoke from tray 2.");
      form.set("categoryId", rows[0].id);
      form.set("urgency", "LOW");
      const created = await call(`${A}/api/tickets`, customer, { method: "POST", body: form });
      const body = await created.json();
      expect(created.status === 201, `creating the ticket on A answered ${created.status} ${JSON.stringify(body)}`);
      const event = await events.next((e) => e.topic === "queue" && e.ticketId === body.data.id);
      expect(!("subject" in event), "the event carried the ticket's text");
    } finally {
      await events.close();
    }
  });

  const failed = results.filter((r) => !r.ok).length;
  console.log(`two-instances: ${results.length - failed} passed, ${failed} failed`);
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error("two-instances: could not run", error);
  for (const [i, instance] of instances.entries()) console.error(`--- instance ${i} log ---\n${instance.log()}`);
  console.log(`two-instances: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
} finally {
  for (const { child } of instances) child.kill("SIGTERM");
  await sleep(1000);
  for (const { child } of instances) if (child.exitCode === null) child.kill("SIGKILL");
  await dropDatabase().catch(() => undefined);
  rmSync(storage, { recursive: true, force: true });
}
process.exit(exitCode);
