// Real Portico servers (the production build) and real SSE clients, for the chat's two-instance
// test and `npm run bench:chat`. Users, sessions and conversations are made through the app's own
// code on the servers' database; everything after that goes over HTTP.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { encode } from "next-auth/jwt";

export const HARNESS_AUTH_SECRET = "chat-harness-secret-chat-harness-secret-0123";
const COOKIE = "authjs.session-token";

export type Instance = { url: string; port: number; process: ChildProcess };

/** Migrates `databaseUrl` (a fresh SQLite file, or a PostgreSQL database made empty) and starts one server per port. */
export async function startInstances(databaseUrl: string, ports: number[], extraEnv: Record<string, string> = {}): Promise<Instance[]> {
  if (databaseUrl.startsWith("file:")) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(databaseUrl.slice(5) + suffix, { force: true });
  } else {
    await dropPostgresDatabase(databaseUrl);
  }
  execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" });
  const instances = ports.map((port) => {
    const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: HARNESS_AUTH_SECRET,
        APP_URL: `http://127.0.0.1:${port}`,
        STORAGE_DIR: `.test-data/chat-harness-files-${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        ...extraEnv,
      },
    });
    return { url: `http://127.0.0.1:${port}`, port, process: child };
  });
  await Promise.all(instances.map((i) => waitUntilUp(i.url)));
  return instances;
}

export async function stopInstances(instances: Instance[]) {
  for (const i of instances) {
    if (i.process.pid && i.process.exitCode === null) {
      try {
        process.kill(-i.process.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}

async function waitUntilUp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not start`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function dropPostgresDatabase(url: string) {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** A session cookie for `userId`, as a sign-in would set it (a session row plus its signed token). */
export async function sessionCookie(userId: string): Promise<string> {
  const { openSession } = await import("@/lib/auth/sessions");
  const sid = await openSession(userId, { signInMethod: "password", userAgent: "chat-harness" });
  const token = await encode({ token: { sid, sub: userId }, secret: HARNESS_AUTH_SECRET, salt: COOKIE, maxAge: 3600 });
  return `${COOKIE}=${token}`;
}

/** Posts a chat message over HTTP as the route's form would; resolves with the status and answer. */
export async function postChat(base: string, cookie: string, conversationId: string, body: string) {
  const form = new FormData();
  form.set("body", body);
  const response = await fetch(`${base}/api/chat/conversations/${conversationId}/messages`, { method: "POST", body: form, headers: { cookie } });
  return { status: response.status, json: (await response.json()) as { ok: boolean; data?: { seq: number }; message?: string } };
}

export type SseEvent = { id: string | null; event: string; data: string; at: number };

/**
 * An EventSource as a browser runs it: reads the stream, remembers the last event id, and on
 * reconnect() sends it back as Last-Event-ID.
 */
export class SseClient {
  events: SseEvent[] = [];
  lastEventId: string | null = null;
  status = 0;
  private controller: AbortController | null = null;
  private listeners = new Set<(e: SseEvent) => void>();
  private done: Promise<void> = Promise.resolve();

  constructor(private url: string, private cookie: string) {}

  async connect(): Promise<number> {
    this.controller = new AbortController();
    const headers: Record<string, string> = { cookie: this.cookie, accept: "text/event-stream" };
    if (this.lastEventId) headers["last-event-id"] = this.lastEventId;
    const response = await fetch(this.url, { headers, signal: this.controller.signal });
    this.status = response.status;
    if (!response.ok || !response.body) return response.status;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    this.done = (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            this.parse(block);
          }
        }
      } catch {
        // aborted
      }
    })();
    return response.status;
  }

  private parse(block: string) {
    let id: string | null = null;
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") id = value;
      else if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length === 0 && id === null) return;
    if (id !== null) this.lastEventId = id;
    const e = { id, event, data: data.join("\n"), at: performance.now() };
    this.events.push(e);
    for (const l of this.listeners) l(e);
  }

  onEvent(listener: (e: SseEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The chat messages received, by sequence, in arrival order. */
  messageSeqs(): number[] {
    return this.events.filter((e) => e.event === "message").map((e) => (JSON.parse(e.data) as { seq: number }).seq);
  }

  async waitFor(check: () => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting on ${this.url}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Drops the connection (as a network failure would). */
  async drop() {
    this.controller?.abort();
    await this.done;
  }
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += match ? Number(match[1]) : 0;
    } catch {
      // gone
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** Established TCP connections to a local port (the open streams and anything else in flight). */
export function openConnections(port: number): number {
  let count = 0;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    try {
      for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols.length < 4) continue;
        const localPort = parseInt(cols[1].split(":").pop() ?? "0", 16);
        if (localPort === port && cols[3] === "01") count++;
      }
    } catch {
      // no such table
    }
  }
  return count;
}

/**
 * A customer and an agent with a conversation between them and a session each, written with
 * plain SQL on a PostgreSQL database (for a test process whose own database client points elsewhere).
 */
export async function seedPostgresPair(databaseUrl: string) {
  const { default: pg } = await import("pg");
  const { randomUUID, randomBytes } = await import("node:crypto");
  const id = () => randomUUID().replace(/-/g, "");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [customerId, agentId, conversationId] = [id(), id(), id()];
    for (const [userId, role] of [[customerId, "CUSTOMER"], [agentId, "AGENT"]]) {
      await client.query(`insert into "User" (id, email, name, role, kind, "updatedAt") values ($1, $2, $3, $4, 'CUSTOMER', now())`, [userId, `${userId}@example.test`, `${role} ${userId.slice(0, 4)}`, role]);
    }
    await client.query(
      `insert into "ChatConversation" (id, "requesterId", "assigneeId", status, "lastSeq", "updatedAt") values ($1, $2, $3, 'ACTIVE', 1, now())`,
      [conversationId, customerId, agentId],
    );
    await client.query(`insert into "ChatMessage" (id, "conversationId", seq, "authorId", body) values ($1, $2, 1, $3, 'hello')`, [id(), conversationId, customerId]);
    const cookieFor = async (userId: string) => {
      const sid = randomBytes(32).toString("base64url");
      await client.query(`insert into "AuthSession" (id, "userId", "expiresAt") values ($1, $2, now() + interval '1 hour')`, [sid, userId]);
      return `${COOKIE}=${await encode({ token: { sid, sub: userId }, secret: HARNESS_AUTH_SECRET, salt: COOKIE, maxAge: 3600 })}`;
    };
    return { conversationId, customerCookie: await cookieFor(customerId), agentCookie: await cookieFor(agentId) };
  } finally {
    await client.end();
  }
}

/** Cuts every instance's PostgreSQL LISTEN connection, as a network failure or a database restart would. */
export async function dropListenConnections(databaseUrl: string): Promise<number> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    const { rowCount } = await client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'portico-realtime' and datname = $1",
      [name],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
