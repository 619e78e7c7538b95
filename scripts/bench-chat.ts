// `npm run bench:chat`: N portal users and N agents as real SSE clients against the production
// build (`next build` first), each pair in an open conversation. Messages are sent at a fixed pace
// (--rate per second, alternately by a customer and an agent, round the conversations), then in one
// burst (--burst posts at the same moment). Prints the delivery latency (post sent → event
// received on the other side's stream) p50/p95/p99 for each, beside a reference measured in the
// same run on the same server: a plain GET of /health (the portal layout, no data). The ratio is
// the figure to compare between runs and machines; the milliseconds depend on the machine's load,
// which is printed too. Also: lost / duplicated / out-of-order messages, server RSS, connections.
// Runs: one instance and two instances on PostgreSQL (on two, every message is posted on A and
// received on B, and back); --only sqlite for one instance on SQLite.
//   npm run bench:chat                                   pg1 and pg2, N = 200, 20 msg/s for 20 s, burst 200
//   npm run bench:chat -- --only pg2 --n 50 --rate 10 --seconds 10 --burst 50
//   --port 3540 (first server port), --samples <file> (each paced message, as JSON)
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const N = Number(arg("n", "200"));
const RATE = Number(arg("rate", "20"));
const SECONDS = Number(arg("seconds", "20"));
const BURST = Math.min(N, Number(arg("burst", String(N))));
const mode = arg("mode", "");
const only = arg("only", "pg1,pg2").split(",");
const BASE_PORT = Number(arg("port", "3540"));
const SAMPLES = arg("samples", "");
const PG = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_issue13_bench";
const MODES = {
  sqlite: { label: "1 instance, SQLite", instances: 1 },
  pg1: { label: "1 instance, PostgreSQL", instances: 1 },
  pg2: { label: "2 instances, PostgreSQL (posted on A, received on B and back)", instances: 2 },
} as const;
type Mode = keyof typeof MODES;

if (!mode) {
  // Each run in its own process: the database client is chosen once per process.
  for (const m of Object.keys(MODES) as Mode[]) {
    if (!only.includes(m)) continue;
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-chat.ts", ...args, "--mode", m], { stdio: "inherit" });
  }
  process.exit(0);
}

mkdirSync(".test-data", { recursive: true });
const databaseUrl = mode === "sqlite" ? `file:${path.join(".test-data", `bench-chat-${BASE_PORT}.db`)}` : PG;
process.env.DATABASE_URL = databaseUrl;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

// With --samples <file>, each paced message: when it was sent (wall clock, to line up with what the
// servers log) and its latencies in ms.
type Sample = { at: number; from: "customer" | "agent"; post: number; delivery: number | null };
type Figures = { p50: number; p95: number; p99: number; max: number; count: number };
function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((x, y) => x - y);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, count: sorted.length };
}
const ms = (x: number) => x.toFixed(1).padStart(8);
const ratio = (x: number, reference: number) => `${(x / reference).toFixed(1)}×`.padStart(7);

async function main() {
  const { startInstances, stopInstances, sessionCookie, SseClient, postChat, treeRssMb, openConnections } = await import("./chat-harness");
  const spec = MODES[mode as Mode];
  if (!spec) throw new Error(`unknown mode ${mode}`);
  const ports = spec.instances === 1 ? [BASE_PORT] : [BASE_PORT + 1, BASE_PORT + 2];
  const loadBefore = load();
  const instances = await startInstances(databaseUrl, ports, process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {});
  const [a, b] = [instances[0], instances[instances.length - 1]];
  try {
    const { db } = await import("@/lib/db");
    const { randomUUID } = await import("node:crypto");
    // People and conversations, made directly (sign-in is not what is measured).
    const run = randomUUID().slice(0, 8);
    const pairs: { conversationId: string; customerCookie: string; agentCookie: string }[] = [];
    for (let i = 0; i < N; i++) {
      const customer = await db.user.create({ data: { email: `bench-c${i}-${run}@example.test`, name: `Customer ${i}`, role: "CUSTOMER" } });
      const agent = await db.user.create({ data: { email: `bench-a${i}-${run}@example.test`, name: `Agent ${i}`, role: "AGENT" } });
      const conversation = await db.chatConversation.create({
        data: { requesterId: customer.id, assigneeId: agent.id, status: "ACTIVE", acceptedAt: new Date(), lastSeq: 1, messages: { create: { seq: 1, authorId: customer.id, body: "hello" } } },
      });
      pairs.push({ conversationId: conversation.id, customerCookie: await sessionCookie(customer.id), agentCookie: await sessionCookie(agent.id) });
    }
    // Customers on A, agents on B: on two instances every message crosses from one to the other.
    const clients = pairs.map((p) => ({
      ...p,
      customerStream: new SseClient(`${a.url}/api/chat/stream?conversation=${p.conversationId}&after=1`, p.customerCookie),
      agentStream: new SseClient(`${b.url}/api/chat/stream?conversation=${p.conversationId}&after=1`, p.agentCookie),
    }));
    const statuses = await Promise.all(clients.flatMap((c) => [c.customerStream.connect(), c.agentStream.connect()]));
    const openStreams = statuses.filter((s) => s === 200).length;
    if (openStreams !== 2 * N) throw new Error(`only ${openStreams} of ${2 * N} streams opened`);
    // Warm both servers' routes (first requests compile nothing in production, but fill caches):
    // customers' posts on A and agents' answers on B, so that each path (the posting route's
    // first load, the answer's email job queue, the unread count on the customers' streams) has run
    // once before the measured phases. Without the answer, its first run fell in the paced phase,
    // and the posts queued behind it were the slowest twentieth of every run.
    for (const i of instances) await fetch(`${i.url}/health`, { headers: { cookie: pairs[0].customerCookie } });
    // Ten at once on each side, as a server that has been taking messages has its database
    // connections open already (they stay open while in use, lib/db.ts).
    const warmers = pairs.slice(0, 10);
    await Promise.all(warmers.map((p) => postChat(a.url, p.customerCookie, p.conversationId, "warm-up")));
    await Promise.all(warmers.map((p) => postChat(b.url, p.agentCookie, p.conversationId, "warm-up answer")));
    await sleep(1000);

    const expected = new Map<string, Set<number>>();
    let refused = 0;
    const rss: number[] = [];
    /** One message: posted as `from`, awaited on the other side's stream. */
    const send = async (c: (typeof clients)[number], from: "customer" | "agent", label: string, into: { delivery: number[]; post: number[]; samples?: Sample[] }) => {
      const base = from === "customer" ? a.url : b.url;
      const cookie = from === "customer" ? c.customerCookie : c.agentCookie;
      const receiver = from === "customer" ? c.agentStream : c.customerStream;
      const sentAt = performance.now();
      const sentWall = Date.now();
      const answer = await postChat(base, cookie, c.conversationId, label).catch(() => null);
      const post = performance.now() - sentAt;
      into.post.push(post);
      // A refused post (the posting limit) or a server fault (the body is then no JSON answer).
      const seq = answer?.status === 201 ? answer.json.data?.seq : undefined;
      if (seq === undefined) {
        refused++;
        return;
      }
      const key = `${c.conversationId}:${from}`;
      (expected.get(key) ?? expected.set(key, new Set()).get(key)!).add(seq);
      await receiver.waitFor(() => receiver.messageSeqs().includes(seq), 60_000).catch(() => undefined);
      const event = receiver.events.find((e) => e.event === "message" && (JSON.parse(e.data) as { seq: number }).seq === seq);
      if (event) into.delivery.push(event.at - sentAt);
      into.samples?.push({ at: sentWall, from, post: Math.round(post), delivery: event ? Math.round(event.at - sentAt) : null });
    };

    // The reference: a plain GET of /health on A (the customers' instance), 4 a second, alongside.
    const health: number[] = [];
    let referenceOn = true;
    const reference = (async () => {
      while (referenceOn) {
        const started = performance.now();
        try {
          const response = await fetch(`${a.url}/health`, { headers: { cookie: pairs[0].customerCookie } });
          await response.arrayBuffer();
          if (response.ok) health.push(performance.now() - started);
        } catch {
          // counted by its absence
        }
        await sleep(250);
      }
    })();

    // Paced: one message every 1/RATE s, round the conversations, customer and agent in turn.
    const paced = { delivery: [] as number[], post: [] as number[], samples: [] as Sample[] };
    const pacedCount = Math.round(RATE * SECONDS);
    const pacedStarted = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < pacedCount; i++) {
      const due = pacedStarted + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const c = clients[i % N];
      const from = Math.floor(i / N) % 2 === 0 ? "customer" : "agent";
      inFlight.push(send(c, from, `paced ${i}`, paced));
      if (i % Math.max(1, RATE) === 0) rss.push(instances.reduce((sum, x) => sum + treeRssMb(x.process.pid!), 0));
    }
    await Promise.all(inFlight);
    const pacedElapsed = (performance.now() - pacedStarted) / 1000;
    const healthPaced = figures(health);
    referenceOn = false;
    await reference;
    await sleep(2000);

    // Burst: BURST customers post at the same moment (each person once: within the posting limit).
    const burst = { delivery: [] as number[], post: [] as number[] };
    const burstStarted = performance.now();
    await Promise.all(clients.slice(0, BURST).map((c, i) => send(c, "customer", `burst ${i}`, burst)));
    const burstElapsed = (performance.now() - burstStarted) / 1000;
    rss.push(instances.reduce((sum, x) => sum + treeRssMb(x.process.pid!), 0));
    await sleep(1500);

    // Every message exactly once on the other side's stream, in order.
    let lost = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    for (const c of clients) {
      for (const [from, stream] of [["customer", c.agentStream], ["agent", c.customerStream]] as const) {
        const seqs = stream.messageSeqs();
        const want = [...(expected.get(`${c.conversationId}:${from}`) ?? [])];
        lost += want.filter((s) => !seqs.includes(s)).length;
        duplicated += seqs.length - new Set(seqs).size;
        outOfOrder += seqs.some((s, i) => i > 0 && s < seqs[i - 1]) ? 1 : 0;
      }
    }
    if (SAMPLES) writeFileSync(SAMPLES, JSON.stringify(paced.samples));
    const connections = ports.map((p) => openConnections(p));
    const total = [...expected.values()].reduce((s, v) => s + v.size, 0);
    const p = figures(paced.delivery);
    const pp = figures(paced.post);
    const q = figures(burst.delivery);
    const qp = figures(burst.post);
    const h = healthPaced;
    console.log(`\n== chat bench: ${spec.label} ==`);
    console.log(`conversations ${N} (${N} portal users + ${N} agents), open streams ${openStreams}, server TCP connections ${connections.join(" + ")}`);
    console.log(`                                   count      p50      p95      p99      max   (ms; ratio to /health p50 / p95 / p99)`);
    console.log(`reference GET /health              ${String(h.count).padStart(5)} ${ms(h.p50)} ${ms(h.p95)} ${ms(h.p99)} ${ms(h.max)}`);
    console.log(`paced ${RATE}/s, post → received     ${String(p.count).padStart(5)} ${ms(p.p50)} ${ms(p.p95)} ${ms(p.p99)} ${ms(p.max)}   ${ratio(p.p50, h.p50)} ${ratio(p.p95, h.p95)} ${ratio(p.p99, h.p99)}`);
    console.log(`paced ${RATE}/s, POST answered       ${String(pp.count).padStart(5)} ${ms(pp.p50)} ${ms(pp.p95)} ${ms(pp.p99)} ${ms(pp.max)}   ${ratio(pp.p50, h.p50)} ${ratio(pp.p95, h.p95)} ${ratio(pp.p99, h.p99)}`);
    console.log(`burst of ${BURST}, post → received     ${String(q.count).padStart(5)} ${ms(q.p50)} ${ms(q.p95)} ${ms(q.p99)} ${ms(q.max)}   ${ratio(q.p50, h.p50)} ${ratio(q.p95, h.p95)} ${ratio(q.p99, h.p99)}`);
    console.log(`burst of ${BURST}, POST answered       ${String(qp.count).padStart(5)} ${ms(qp.p50)} ${ms(qp.p95)} ${ms(qp.p99)} ${ms(qp.max)}`);
    console.log(`paced: ${pacedCount} messages in ${pacedElapsed.toFixed(1)} s (${(pacedCount / pacedElapsed).toFixed(1)}/s); burst: ${BURST} in ${burstElapsed.toFixed(1)} s (${(BURST / burstElapsed).toFixed(0)}/s)`);
    console.log(`messages ${total}, refused or failed posts ${refused}; lost ${lost}, duplicated ${duplicated}, streams out of order ${outOfOrder}`);
    console.log(`server RSS ${Math.max(...rss)} MB (all instances, peak)`);
    console.log(`machine: ${os.cpus().length} cores, load average ${loadBefore} before, ${load()} after (1/5/15 min; a shared machine: other work runs beside this)`);
    for (const c of clients) {
      void c.customerStream.drop();
      void c.agentStream.drop();
    }
    await db.$disconnect();
  } finally {
    await stopInstances(instances);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
