// `npm run bench:chat`: N portal users and N agents as real SSE clients against the production
// build (`next build` first), exchanging messages. Prints delivery latency (post → event received
// on the other side's stream) p50/p95/p99, messages/s, server RSS and open connections, and counts
// lost and duplicated messages. Two runs: one instance on SQLite; two instances sharing
// PostgreSQL, every message posted on A and received on B (and back).
//   npm run bench:chat                       both runs, N = 200
//   npm run bench:chat -- --n 50 --only sqlite
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const N = Number(arg("n", "200"));
const ROUNDS = Number(arg("rounds", "4"));
const mode = arg("mode", "");
const only = arg("only", "");
const BASE_PORT = Number(arg("port", "3540"));
const PG = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_issue13_bench";

if (!mode) {
  // Each run in its own process: the database client is chosen once per process.
  for (const m of ["sqlite", "postgresql"]) {
    if (only && only !== m) continue;
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-chat.ts", ...args, "--mode", m], { stdio: "inherit" });
  }
  process.exit(0);
}

mkdirSync(".test-data", { recursive: true });
const databaseUrl = mode === "sqlite" ? `file:${path.join(".test-data", `bench-chat-${BASE_PORT}.db`)}` : PG;
process.env.DATABASE_URL = databaseUrl;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function main() {
  const { startInstances, stopInstances, sessionCookie, SseClient, postChat, treeRssMb, openConnections } = await import("./chat-harness");
  const ports = mode === "sqlite" ? [BASE_PORT] : [BASE_PORT + 1, BASE_PORT + 2];
  const instances = await startInstances(databaseUrl, ports);
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
    await new Promise((r) => setTimeout(r, 1000));

    // Each round: every customer writes once (posted to A), then every agent answers (posted to B).
    // Latency is from the moment the post is sent to the moment the other side's stream has it.
    const latencies: number[] = [];
    const expected = new Map<string, Set<number>>();
    let failed = 0;
    const sendAll = async (from: "customer" | "agent", round: number) => {
      await Promise.all(
        clients.map(async (c) => {
          const base = from === "customer" ? a.url : b.url;
          const cookie = from === "customer" ? c.customerCookie : c.agentCookie;
          const receiver = from === "customer" ? c.agentStream : c.customerStream;
          const sentAt = performance.now();
          const { status, json } = await postChat(base, cookie, c.conversationId, `${from} ${round}`);
          if (status !== 201 || !json.data) {
            failed++;
            return;
          }
          const seq = json.data.seq;
          const key = `${c.conversationId}:${from}`;
          (expected.get(key) ?? expected.set(key, new Set()).get(key)!).add(seq);
          await receiver.waitFor(() => receiver.messageSeqs().includes(seq), 30_000).catch(() => undefined);
          const event = receiver.events.find((e) => e.event === "message" && (JSON.parse(e.data) as { seq: number }).seq === seq);
          if (event) latencies.push(event.at - sentAt);
        }),
      );
    };
    const rss: number[] = [];
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      await sendAll("customer", round);
      await sendAll("agent", round);
      rss.push(instances.reduce((sum, i) => sum + treeRssMb(i.process.pid!), 0));
      // Stay under the per-person posting limit (10 per 10 s).
      if (round < ROUNDS - 1) await new Promise((r) => setTimeout(r, 1000));
    }
    const elapsed = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1500));

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
    const connections = ports.map((p) => openConnections(p));
    const sorted = latencies.sort((x, y) => x - y);
    const total = expected.size ? [...expected.values()].reduce((s, v) => s + v.size, 0) : 0;
    const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
    console.log(`\n== chat bench: ${mode === "sqlite" ? "1 instance, SQLite" : "2 instances, PostgreSQL (posted on A, received on B and back)"} ==`);
    console.log(`conversations ${N} (${N} portal users + ${N} agents), open streams ${openStreams}, server TCP connections ${connections.join(" + ")}`);
    console.log(`messages ${total} delivered-latency samples ${sorted.length}, refused posts ${failed}`);
    console.log(`latency ms  p50 ${percentile(sorted, 50).toFixed(1)}  p95 ${percentile(sorted, 95).toFixed(1)}  p99 ${percentile(sorted, 99).toFixed(1)}  max ${sorted.at(-1)?.toFixed(1)}`);
    console.log(`throughput ${(total / elapsed).toFixed(0)} messages/s (incl. 1 s pauses between rounds: ${elapsed.toFixed(1)} s)`);
    console.log(`server RSS ${Math.max(...rss)} MB (all instances, peak)`);
    console.log(`lost ${lost}, duplicated ${duplicated}, streams out of order ${outOfOrder}`);
    console.log(`machine: ${os.cpus().length} cores, load average ${load} (shared machine)`);
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
