// The load run of `npm run bench`: the production build under 50 concurrent users, on SQLite and
// PostgreSQL, against a data set of many tickets and messages. Each read route is measured in turns
// with the reference page (/health: the portal layout, no data), in the same run, and reported as
// a share of the reference's requests per second and a multiple of its p95 latency: ratios that
// hold on a shared machine where absolute figures do not. Then the first-load JavaScript of each
// portal and console page (issue #10: at most 150 kB gzip).
//
//   npm run bench -- --load [--tickets 200000] [--messages 10] [--db sqlite|postgresql|both]
//                          [--seconds 10] [--connections 50] [--keep]
//   npm run bench -- --load --js-only    the first-load JavaScript alone, on a data set of 50 tickets
//                                        (SQLite unless --db), in well under a minute
//   npm run bench -- --load --tickets 200000 --db sqlite --reuse file:/…/kept.db [--routes queue,agent]
//     (measures again a data set that an earlier --keep run left, only the routes named)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { dropPostgres, dropSqlite, preparePostgres, prepareSqlite } from "../test/prepare-database";

type Options = {
  tickets: number;
  messages: number;
  dbs: ("sqlite" | "postgresql")[];
  seconds: number;
  connections: number;
  keep: boolean;
  jsOnly: boolean;
  /** A database kept by an earlier `--keep` run with the same --tickets: measured again without rebuilding it. */
  reuse?: string;
  /** Only the routes whose names contain one of these words. */
  routes?: string[];
};

function options(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const jsOnly = argv.includes("--js-only");
  const db = value("db") ?? (jsOnly ? "sqlite" : "both");
  return {
    tickets: Number(value("tickets") ?? (jsOnly ? 50 : 50_000)),
    messages: Number(value("messages") ?? 10),
    dbs: db === "both" ? ["sqlite", "postgresql"] : [db as "sqlite" | "postgresql"],
    seconds: Number(value("seconds") ?? 10),
    connections: Number(value("connections") ?? 50),
    keep: argv.includes("--keep") || argv.includes("--reuse"),
    jsOnly,
    reuse: value("reuse"),
    routes: value("routes")?.split(","),
  };
}

const PORT = Number(process.env.BENCH_PORT ?? 3949);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "bench-password-not-secret";
const SEARCH_WORD = "printer";
const WARM_UP_SECONDS = 4;
const STARTUP_SECONDS = 3;
const ROUNDS = 3;

// Text with the shape of a help desk's: mostly filler words, a few IT words, each in about 1% of
// messages. A small deterministic generator (mulberry32), so every run builds the same data.
let seed = 7;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const IT_WORDS = (
  "password account access email printer jam paper tray laptop battery charger screen keyboard mouse network connection " +
  "server folder file permission license application update install settings phone reset restart error slow signal vpn wifi"
).split(" ");
const SYLLABLES = "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu".split(" ");
const FILLER = Array.from({ length: 5000 }, (_, i) => SYLLABLES[i % 50] + SYLLABLES[Math.floor(i / 50) % 50] + SYLLABLES[Math.floor(i / 2500)]);
const word = () => (random() < 0.03 ? IT_WORDS[Math.floor(random() * IT_WORDS.length)] : FILLER[Math.floor(random() ** 2 * FILLER.length)]);
const sentence = (n: number) => Array.from({ length: n }, word).join(" ");

const STATUSES = ["NEW", "OPEN", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"] as const;
const LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
const DAY = 86_400_000;

type Seeded = {
  customerEmail: string;
  agentEmail: string;
  adminEmail: string;
  ticketWith30: number;
  agentTicket: number;
  /** One of each thing the portal's other pages show to the customer (and the console to the agent). */
  chatId: string;
  assetId: string;
  noteId: string;
  confirmationId: string;
};

type Row = Record<string, string | number | boolean | Date | null>;

/**
 * Writes the bulk of the data set (tickets and messages) straight through the database driver:
 * Prisma's createMany costs more per row than the database does, and 2M messages took an hour.
 * The full-text indexes are kept as the app keeps them: SQLite's triggers fill TicketFts as rows
 * arrive; PostgreSQL's GIN indexes are dropped for the load and built again after it.
 */
async function bulkWriter(url: string) {
  if (url.startsWith("file:")) {
    const Database = (await import("better-sqlite3")).default;
    const sqlite = new Database(url.slice("file:".length));
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = OFF");
    const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();
    // Prisma's SQLite format for DateTime columns.
    const value = (v: Row[string]) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);
    return {
      async insert(table: string, rows: Row[]) {
        if (rows.length === 0) return;
        const columns = Object.keys(rows[0]);
        const key = `${table}:${columns.join(",")}`;
        let statement = statements.get(key);
        if (!statement) {
          statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
          statements.set(key, statement);
        }
        const write = statement;
        sqlite.transaction(() => {
          for (const row of rows) write.run(columns.map((c) => value(row[c])));
        })();
      },
      async finish() {
        sqlite.close();
      },
    };
  }
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: gin } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Ticket', 'TicketMessage') AND indexdef LIKE '%USING gin%'`,
  );
  for (const index of gin) await client.query(`DROP INDEX "${index.indexname}"`);
  const value = (v: Row[string]) => (v instanceof Date ? v.toISOString() : v);
  return {
    async insert(table: string, rows: Row[]) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      // At most 65,535 parameters a statement.
      const perStatement = Math.floor(60_000 / columns.length);
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        const params: unknown[] = [];
        const tuples = chunk.map((row) => `(${columns.map((c) => `$${params.push(value(row[c]))}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, params);
      }
    },
    async finish() {
      for (const index of gin) await client.query(index.indexdef);
      await client.end();
    },
  };
}

/** The data set, through the app's Prisma client in batches (ids 1..N in insertion order on a fresh database). */
async function seedDataSet(url: string, opts: Options): Promise<Seeded> {
  process.env.DATABASE_URL = url;
  const { createDb } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/passwords");
  const db = createDb(url);
  const passwordHash = await hashPassword(PASSWORD);
  const started = Date.now();
  const category = await db.ticketCategory.create({ data: { slug: "bench", nameEn: "Bench", nameEs: "Bench" } });
  await db.organization.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ id: `org${i}`, name: `Organization ${i}` })) });
  await db.user.create({ data: { id: "agent", email: "agent@bench.test", name: "Agent", role: "AGENT", kind: "EMPLOYEE", passwordHash } });
  await db.user.create({ data: { id: "admin", email: "admin@bench.test", name: "Admin", role: "ADMIN", kind: "EMPLOYEE", passwordHash } });
  await db.user.create({ data: { id: "me", email: "me@bench.test", name: "Me", passwordHash, organizationId: "org0" } });
  // 2,000 customers and 2,000 articles; fewer in a data set of fewer tickets (the first-load run's 50).
  const CUSTOMERS = Math.min(2_000, opts.tickets);
  await db.user.createMany({
    data: Array.from({ length: CUSTOMERS }, (_, i) => ({ id: `c${i}`, email: `c${i}@bench.test`, name: `Customer ${i}`, organizationId: `org${i % 20}` })),
  });

  const bulk = await bulkWriter(url);
  const now = Date.now();
  const span = 730 * DAY; // two years of tickets, oldest first
  const BATCH = 2_000;
  let messageNo = 0;
  for (let from = 0; from < opts.tickets; from += BATCH) {
    const tickets = [];
    const messages = [];
    for (let n = from; n < Math.min(opts.tickets, from + BATCH); n++) {
      const id = n + 1;
      // "me" has 30 tickets, the first with 30 messages; the rest are spread over the customers.
      const requester = n < 30 ? "me" : `c${n % CUSTOMERS}`;
      const createdAt = new Date(now - span + (span * n) / opts.tickets);
      const count = n === 0 ? 30 : opts.messages;
      const updatedAt = new Date(createdAt.getTime() + count * 3_600_000);
      // Most of a desk's tickets are done: 3 in 20 open.
      const status = n % 20 < 3 ? STATUSES[n % 20] : STATUSES[3 + (n % 2)];
      tickets.push({
        subject: `${sentence(5)} ${n}`,
        description: sentence(40),
        status,
        priority: LEVELS[n % 4],
        urgency: LEVELS[n % 4],
        categoryId: category.id,
        requesterId: requester,
        createdById: requester,
        organizationId: requester === "me" ? "org0" : `org${(n % CUSTOMERS) % 20}`,
        assigneeId: n % 7 === 0 ? "agent" : null,
        createdAt,
        updatedAt,
        lastAgentReplyAt: updatedAt,
      });
      for (let m = 0; m < count; m++) {
        const fromAgent = m % 2 === 1;
        messages.push({
          id: `m${messageNo++}`,
          ticketId: id,
          authorId: fromAgent ? "agent" : requester,
          body: sentence(25),
          internal: fromAgent && m % 10 === 9,
          createdAt: new Date(createdAt.getTime() + m * 3_600_000),
        });
      }
    }
    await bulk.insert("Ticket", tickets.map((t, i) => ({ id: from + i + 1, version: 0, ...t })));
    await bulk.insert("TicketMessage", messages);
    if ((from / BATCH) % 10 === 9) process.stdout.write(`  ${(from + BATCH).toLocaleString("en")} tickets, ${messageNo.toLocaleString("en")} messages\n`);
  }
  // The ids were written by hand: the next ticket the app files continues after them.
  if (!url.startsWith("file:")) await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Ticket"', 'id'), (SELECT max("id") FROM "Ticket"))`);
  // The knowledge base: 2,000 published portal articles, indexed as lib/kb/search.ts indexes them
  // (PostgreSQL computes its tsvector column itself).
  const kbCategory = await db.kbCategory.create({ data: { slug: "bench", nameEn: "Bench", nameEs: "Bench" } });
  const ARTICLES = Math.min(2_000, opts.tickets);
  await db.kbTranslationGroup.createMany({ data: Array.from({ length: ARTICLES }, (_, i) => ({ id: `g${i}` })) });
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const text = sentence(200);
    return {
      id: `a${i}`,
      slug: `article-${i}`,
      locale: "en",
      translationGroupId: `g${i}`,
      title: `${sentence(6)} ${i}`,
      body: text,
      searchText: text,
      proseText: text,
      state: "PUBLISHED" as const,
      visibility: "PORTAL" as const,
      publishedAt: new Date(),
      categoryId: kbCategory.id,
      authorId: "agent",
    };
  });
  await db.kbArticle.createMany({ data: articles });
  if (url.startsWith("file:")) {
    // SQLite's index rows, as lib/kb/search.ts indexArticle writes them (stems included), in one go.
    const { stemText } = await import("@/lib/kb/stems");
    await bulk.insert(
      "KbArticleFts",
      articles.map((a) => ({ articleId: a.id, title: a.title, searchText: a.searchText, proseText: a.proseText, stems: stemText(`${a.title} ${a.searchText}`) })),
    );
  }
  await bulk.finish();
  // Statistics for the planner after a bulk load, as a real database has them.
  if (url.startsWith("file:")) await db.$executeRawUnsafe("ANALYZE");
  else {
    // On a connection of its own: the app's connections end a statement after 15 s, and a vacuum of
    // 2 million rows on a busy machine takes longer.
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("VACUUM ANALYZE").finally(() => client.end());
  }
  const extras = await seedPortalExtras(db);
  await db.$disconnect();
  console.log(
    `  data set: ${opts.tickets.toLocaleString("en")} tickets, ${messageNo.toLocaleString("en")} messages, ` +
      `${ARTICLES.toLocaleString("en")} articles in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return { ...seededNames(opts), ...extras };
}

/** Who and what the data set holds to be measured, but for the records of seedPortalExtras. */
function seededNames(opts: Options) {
  return { customerEmail: "me@bench.test", agentEmail: "agent@bench.test", adminEmail: "admin@bench.test", ticketWith30: 1, agentTicket: Math.floor(opts.tickets / 2) + 1 };
}

/** The same, read back from a data set an earlier run kept. */
async function keptDataSet(url: string, opts: Options): Promise<Seeded> {
  process.env.DATABASE_URL = url;
  const { createDb } = await import("@/lib/db");
  const db = createDb(url);
  const [chat, assignment, note, recipient] = await Promise.all([
    db.chatConversation.findFirst({ where: { requesterId: "me" }, select: { id: true } }),
    db.assetAssignment.findFirst({ where: { userId: "me" }, select: { assetId: true } }),
    db.note.findFirst({ where: { userId: "me" }, select: { id: true } }),
    db.confirmationRecipient.findFirst({ where: { userId: "me" }, select: { id: true } }),
  ]);
  await db.$disconnect();
  // A data set kept before these records were seeded has none; its run then skips the JavaScript table.
  return { ...seededNames(opts), chatId: chat?.id ?? "", assetId: assignment?.assetId ?? "", noteId: note?.id ?? "", confirmationId: recipient?.id ?? "" };
}

/** A live chat, a held asset, a note and a confirmation request for the customer "me", so that their pages show content. */
async function seedPortalExtras(db: ReturnType<typeof import("@/lib/db").createDb>) {
  const { canonicalJson, sha256Hex } = await import("@/lib/confirmations/snapshot");
  const chat = await db.chatConversation.create({
    data: {
      requesterId: "me",
      assigneeId: "agent",
      status: "ACTIVE",
      acceptedAt: new Date(),
      lastSeq: 2,
      lastAgentSeq: 2,
      messages: { create: [{ seq: 1, authorId: "me", body: sentence(12) }, { seq: 2, authorId: "agent", body: sentence(12) }] },
    },
  });
  const type = await db.assetType.create({ data: { name: "Laptop" } });
  const asset = await db.asset.create({ data: { tag: "BENCH-1", name: "Laptop 1", typeId: type.id, serialNumber: "SN-1", status: "IN_USE" } });
  await db.assetAssignment.create({ data: { assetId: asset.id, userId: "me", openAssetId: asset.id, assignedById: "agent" } });
  const note = await db.note.create({ data: { title: "Bench note", body: sentence(40), userId: "me", authorId: "agent" } });
  const snapshot = canonicalJson({ format: 1, kind: "POLICY_TEXT", title: "Bench policy", requestedBy: "Agent", requestedAt: new Date().toISOString(), text: sentence(40) });
  const confirmation = await db.confirmationRequest.create({
    data: {
      kind: "POLICY_TEXT",
      title: "Bench policy",
      snapshot,
      snapshotSha256: sha256Hex(snapshot),
      createdById: "agent",
      recipients: { create: [{ userId: "me" }] },
    },
    select: { recipients: { select: { id: true } } },
  });
  return { chatId: chat.id, assetId: asset.id, noteId: note.id, confirmationId: confirmation.recipients[0].id };
}

/** Signs in through Auth.js's credentials endpoint, as the login form does; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${BASE}/` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("authjs.session-token"));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status})`);
  return session;
}

/** Every process of the server's tree, for its peak resident memory. */
function processTree(pid: number): number[] {
  const children = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}
function peakRssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended
    }
  }
  return kb / 1024;
}

async function startServer(url: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      APP_URL: BASE,
      // As in bench:chat: e.g. `--require` a preload that profiles the server.
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    await sleep(500);
    try {
      if ((await fetch(`${BASE}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
  }
  server.kill();
  throw new Error("The server did not start");
}

type Measure = { rps: number; p50: number; p95: number; p99: number; errors: number; total: number };
type Samples = { latencies: number[]; ok: number; errors: number; total: number; seconds: number };

/**
 * One autocannon run of a route: the responses of its last `seconds`, after STARTUP_SECONDS that
 * are not counted. At 50 connections nothing completes before the first requests' latency has
 * passed (one to three seconds here) and the requests still running at the end are dropped, so
 * counting from the start charged a slow route a larger share of dead time than the reference.
 */
async function run(route: string, cookie: string, opts: Options, seconds: number): Promise<Samples> {
  const responses: { at: number; latency: number; ok: boolean }[] = [];
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: BASE + route, connections: opts.connections, duration: STARTUP_SECONDS + seconds, headers: { cookie }, timeout: 10 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, status, _bytes, time) => responses.push({ at: Date.now(), latency: time, ok: status >= 200 && status < 300 }));
  });
  const counted = responses.filter((r) => r.at - started >= STARTUP_SECONDS * 1000);
  return {
    latencies: counted.map((r) => r.latency),
    ok: counted.filter((r) => r.ok).length,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total + result.timeouts,
    seconds,
  };
}

/** Several runs of one route taken together. */
function measureOf(runs: Samples[]): Measure {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const sum = (key: "ok" | "errors" | "total" | "seconds") => runs.reduce((n, r) => n + r[key], 0);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  return { rps: sum("ok") / sum("seconds"), p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: sum("errors"), total: sum("total") };
}

/** Waits until the server answers the reference page quickly again (an abandoned slow request may still run). */
async function settle(cookie: string, quickMs: number) {
  for (let i = 0; i < 120; i++) {
    const started = Date.now();
    try {
      await fetch(`${BASE}/health`, { headers: { cookie } });
    } catch {
      // keep waiting
    }
    if (Date.now() - started < quickMs) return;
    await sleep(500);
  }
}

/**
 * First-load JavaScript of a page: every script its HTML loads, gzipped, as the browser gets it.
 * Null when the page did not answer 200 (the table says so rather than measuring an error page).
 */
async function firstLoadJsKb(route: string, cookie: string): Promise<{ kb: number; status: number }> {
  const response = await fetch(BASE + route, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  // The script tags, and the chunks the page's React payload names (its client components), less
  // the polyfills that only browsers without modules load.
  const legacy = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]));
  const scripts = new Set([...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]).filter((src) => !legacy.has(src)));
  let bytes = 0;
  for (const src of scripts) {
    const file = path.join(".next", decodeURIComponent(src.replace(/^\/_next\//, "")).replace(/\?.*$/, ""));
    bytes += gzipSync(existsSync(file) ? readFileSync(file) : Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
  }
  return { kb: bytes / 1024, status: response.status };
}

const FIRST_LOAD_LIMIT_KB = 150;

/** The first-load table: every portal page the customer sees, every console page of the agent (and the admin's own). */
async function printFirstLoadJs(seeded: Seeded, cookies: { customer: string; agent: string; admin: string }): Promise<number> {
  const { customer, agent, admin } = cookies;
  const pages: { name: string; path: string; cookie: string }[] = [
    { name: "/health", path: "/health", cookie: customer },
    { name: "/", path: "/", cookie: customer },
    { name: "/tickets", path: "/tickets", cookie: customer },
    { name: "/tickets/[id]", path: `/tickets/${seeded.ticketWith30}`, cookie: customer },
    { name: "/tickets/new", path: "/tickets/new", cookie: customer },
    { name: "/kb", path: "/kb", cookie: customer },
    { name: "/kb/search", path: `/kb/search?q=${SEARCH_WORD}`, cookie: customer },
    { name: "/account", path: "/account", cookie: customer },
    { name: "/chat", path: "/chat", cookie: customer },
    { name: "/chat/[id]", path: `/chat/${seeded.chatId}`, cookie: customer },
    { name: "/assets", path: "/assets", cookie: customer },
    { name: "/assets/[id]", path: `/assets/${seeded.assetId}`, cookie: customer },
    { name: "/documents", path: "/documents", cookie: customer },
    { name: "/notes", path: "/notes", cookie: customer },
    { name: "/notes/[id]", path: `/notes/${seeded.noteId}`, cookie: customer },
    { name: "/confirmations", path: "/confirmations", cookie: customer },
    { name: "/confirmations/[id]", path: `/confirmations/${seeded.confirmationId}`, cookie: customer },
    { name: "/admin", path: "/admin", cookie: agent },
    { name: "/admin/tickets/[id]", path: `/admin/tickets/${seeded.agentTicket}`, cookie: agent },
    { name: "/admin/tickets/new", path: "/admin/tickets/new", cookie: agent },
    { name: "/admin/chat", path: "/admin/chat", cookie: agent },
    { name: "/admin/chat/[id]", path: `/admin/chat/${seeded.chatId}`, cookie: agent },
    { name: "/admin/assets", path: "/admin/assets", cookie: agent },
    { name: "/admin/assets/[id]", path: `/admin/assets/${seeded.assetId}`, cookie: agent },
    { name: "/admin/assets/new", path: "/admin/assets/new", cookie: agent },
    { name: "/admin/documents", path: "/admin/documents", cookie: agent },
    { name: "/admin/notes", path: "/admin/notes", cookie: agent },
    { name: "/admin/notes/new", path: "/admin/notes/new", cookie: agent },
    { name: "/admin/confirmations", path: "/admin/confirmations", cookie: agent },
    { name: "/admin/confirmations/new", path: "/admin/confirmations/new", cookie: agent },
    { name: "/admin/kb", path: "/admin/kb", cookie: agent },
    { name: "/admin/kb/new", path: "/admin/kb/new", cookie: agent },
    { name: "/admin/employees", path: "/admin/employees", cookie: admin },
    { name: "/admin/settings/portal", path: "/admin/settings/portal", cookie: admin },
  ];
  console.log(`\nFirst-load JS (gzip), every script the page's HTML loads (target: at most ${FIRST_LOAD_LIMIT_KB} kB):`);
  let over = 0;
  for (const page of pages) {
    const { kb, status } = await firstLoadJsKb(page.path, page.cookie);
    const note = status !== 200 ? `(HTTP ${status}, not measured)` : kb > FIRST_LOAD_LIMIT_KB ? "(over 150)" : "";
    if (status !== 200 || kb > FIRST_LOAD_LIMIT_KB) over++;
    console.log(`  ${page.name.padEnd(26)} ${status === 200 ? fmt(kb, 1).padStart(6) : "-".padStart(6)} kB ${note}`);
  }
  return over;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");

/** The load run proper: each read route under autocannon, right after the reference page. */
async function loadRun(seeded: Seeded, customer: string, agent: string, opts: Options, server: ChildProcess) {
  const routes: { name: string; path: string; cookie: string }[] = [
    { name: "customer ticket list", path: "/tickets", cookie: customer },
    { name: "ticket with 30 messages", path: `/tickets/${seeded.ticketWith30}`, cookie: customer },
    { name: "KB search", path: `/kb/search?q=${SEARCH_WORD}`, cookie: customer },
    { name: "agent ticket page", path: `/admin/tickets/${seeded.agentTicket}`, cookie: agent },
    { name: "agent queue default view", path: "/admin", cookie: agent },
    // Last: before the message index, its requests outlive the run and slow whatever follows.
    { name: "agent queue text search", path: `/admin?q=${SEARCH_WORD}`, cookie: agent },
  ];
  // Warm-up: a few seconds of load on each page, so that the server's JavaScript is compiled and
  // its caches filled before anything is measured. With one request each, the first reference run
  // met a cold server and made the first route's ratio look better than it was (0.63 against 0.30).
  const measured = routes.filter((r) => !opts.routes || opts.routes.some((word) => r.name.includes(word)));
  for (const r of [{ path: "/health", cookie: customer }, ...measured]) await run(r.path, r.cookie, opts, WARM_UP_SECONDS);
  for (let i = 0; i < Number(process.env.BENCH_REF_PROBES ?? 0); i++) console.log("ref probe", measureOf([await run("/health", customer, opts, 5)]).rps.toFixed(1));
  // "Quick" for settling: a few times one idle request of the reference page, at least a second.
  const idleStart = Date.now();
  await fetch(`${BASE}/health`, { headers: { cookie: customer } });
  const quickMs = Math.max(1_000, 3 * (Date.now() - idleStart));
  console.log(
    `${"route".padEnd(26)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"err".padStart(5)} | ` +
      `${"ref req/s".padStart(9)} ${"ref p95".padStart(7)} | ${"req/s ratio".padStart(11)} ${"p95 ratio".padStart(9)}`,
  );
  // Each route alternates with the reference in ROUNDS slices of its time: the server's speed drifts
  // by 15-40% over a minute on this machine (seen with the same page run back to back), and one
  // reference run followed by one route run put the whole drift into the ratio. Each slice is
  // counted after its start-up (see run).
  const slice = Math.max(2, Math.round(opts.seconds / ROUNDS));
  for (const route of measured) {
    const referenceRuns: Samples[] = [];
    const routeRuns: Samples[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await settle(route.cookie, quickMs);
      referenceRuns.push(await run("/health", route.cookie, opts, slice));
      await settle(route.cookie, quickMs);
      routeRuns.push(await run(route.path, route.cookie, opts, slice));
    }
    const reference = measureOf(referenceRuns);
    const measured = measureOf(routeRuns);
    const rpsRatio = measured.rps / reference.rps;
    const p95Ratio = measured.p95 / reference.p95;
    const met = rpsRatio >= 0.5 && p95Ratio <= 2 && measured.errors === 0;
    console.log(
      `${route.name.padEnd(26)} ${fmt(measured.rps, 1).padStart(7)} ${fmt(measured.p50).padStart(6)} ${fmt(measured.p95).padStart(6)} ${fmt(measured.p99).padStart(6)} ${String(measured.errors).padStart(5)} | ` +
        `${fmt(reference.rps, 1).padStart(9)} ${fmt(reference.p95).padStart(7)} | ${fmt(rpsRatio, 2).padStart(11)} ${fmt(p95Ratio, 2).padStart(9)} ${met ? "ok" : "MISSED"}`,
    );
  }
  console.log(`peak server RSS: ${fmt(peakRssMb(server.pid!))} MB (sum of the peaks of the server's processes)`);
}

async function runOn(provider: "sqlite" | "postgresql", opts: Options) {
  const url = opts.reuse ??
    (provider === "sqlite"
      ? `file:${path.resolve(".test-data", `bench-load-${process.pid}.db`)}`
      : `${(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/$/, "")}/portico_bench_load_${process.pid}`);
  console.log(`\n== ${provider}`);
  if (opts.reuse) console.log(`reusing ${url}`);
  else if (provider === "sqlite") {
    mkdirSync(".test-data", { recursive: true });
    prepareSqlite(url);
  } else await preparePostgres(url);
  let server: ChildProcess | undefined;
  try {
    const seeded = opts.reuse ? await keptDataSet(url, opts) : await seedDataSet(url, opts);
    server = await startServer(url);
    const customer = await signIn(seeded.customerEmail);
    const agent = await signIn(seeded.agentEmail);
    if (!opts.jsOnly) await loadRun(seeded, customer, agent, opts, server);
    if (provider === opts.dbs[0] && (!opts.reuse || seeded.chatId)) {
      const admin = await signIn(seeded.adminEmail);
      const missed = await printFirstLoadJs(seeded, { customer, agent, admin });
      if (missed > 0) process.exitCode = 1;
    }
  } finally {
    server?.kill("SIGTERM");
    await sleep(1_000);
    if (!opts.keep) {
      if (provider === "sqlite") dropSqlite(url);
      else await dropPostgres(url).catch((error) => console.error(error));
    } else console.log(`kept: ${url}`);
  }
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  if (opts.jsOnly) console.log(`First-load JavaScript only, on ${opts.tickets.toLocaleString("en")} tickets.`);
  else
    console.log(
      `Load run: ${opts.tickets.toLocaleString("en")} tickets × ${opts.messages} messages, ${opts.connections} connections, ` +
        `${opts.seconds} s per route and per reference run (/health, the portal layout with no data) just before it.`,
    );
  for (const provider of opts.dbs) await runOn(provider, opts);
  if (!opts.jsOnly) console.log("\nTargets: req/s ratio >= 0.5 and p95 ratio <= 2 (route / reference, in the same run), no errors.");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
