import { expect, test } from "@playwright/test";
import { E2E_PORT } from "../env";
import { dropListenConnections, postChat, seedPostgresPair, SseClient, startInstances, stopInstances, type Instance } from "../../scripts/chat-harness";

// Two Portico servers (the production build) sharing one PostgreSQL database, as behind a load
// balancer: a message posted on A reaches a stream on B; a dropped stream resumes from
// Last-Event-ID with nothing missed or repeated; a dropped LISTEN connection is recovered.

const target = new URL(process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432");
target.pathname = `/portico_chat_two_instances_${E2E_PORT}`;
const databaseUrl = target.toString();

test.describe.configure({ mode: "serial", timeout: 240_000 });

let instances: Instance[] = [];
test.beforeAll(async () => {
  test.setTimeout(240_000);
  instances = await startInstances(databaseUrl, [E2E_PORT + 20, E2E_PORT + 21]);
});
test.afterAll(async () => {
  await stopInstances(instances);
});

test("posted on A, received on B; resumed after a dropped stream and after a dropped LISTEN connection", async () => {
  const [a, b] = instances;
  const pair = await seedPostgresPair(databaseUrl);
  const agentOnB = new SseClient(`${b.url}/api/chat/stream?conversation=${pair.conversationId}&after=1`, pair.agentCookie);
  expect(await agentOnB.connect()).toBe(200);
  // Another customer's cookie is refused on B like an unknown conversation.
  const stranger = await seedPostgresPair(databaseUrl);
  expect(await new SseClient(`${b.url}/api/chat/stream?conversation=${pair.conversationId}`, stranger.customerCookie).connect()).toBe(404);

  const first = await postChat(a.url, pair.customerCookie, pair.conversationId, "posted on A");
  expect(first.status).toBe(201);
  await agentOnB.waitFor(() => agentOnB.messageSeqs().includes(first.json.data!.seq));

  // The stream drops; messages are written meanwhile; the reconnection sends Last-Event-ID.
  await agentOnB.drop();
  const during: number[] = [];
  for (const text of ["while away 1", "while away 2", "while away 3"]) during.push((await postChat(a.url, pair.customerCookie, pair.conversationId, text)).json.data!.seq);
  expect(agentOnB.lastEventId).toBe(String(first.json.data!.seq));
  expect(await agentOnB.connect()).toBe(200);
  await agentOnB.waitFor(() => during.every((s) => agentOnB.messageSeqs().includes(s)));

  // The instances lose their LISTEN connection; what is posted before they are back still arrives.
  // A listens only once something subscribes there; B (the agent's stream) certainly does.
  expect(await dropListenConnections(databaseUrl)).toBeGreaterThanOrEqual(1);
  const afterDrop = (await postChat(a.url, pair.customerCookie, pair.conversationId, "posted while B was not listening")).json.data!.seq;
  await agentOnB.waitFor(() => agentOnB.messageSeqs().includes(afterDrop), 20_000);
  const later = (await postChat(a.url, pair.customerCookie, pair.conversationId, "after the reconnect")).json.data!.seq;
  await agentOnB.waitFor(() => agentOnB.messageSeqs().includes(later), 20_000);

  // And back: the agent answers on B, the customer's stream on A has it.
  const customerOnA = new SseClient(`${a.url}/api/chat/stream?conversation=${pair.conversationId}&after=${later}`, pair.customerCookie);
  expect(await customerOnA.connect()).toBe(200);
  const answer = (await postChat(b.url, pair.agentCookie, pair.conversationId, "answered on B")).json.data!.seq;
  await customerOnA.waitFor(() => customerOnA.messageSeqs().includes(answer));

  // Nothing missed, nothing twice, in order.
  const seqs = agentOnB.messageSeqs();
  expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  expect(seqs).toEqual(expect.arrayContaining([first.json.data!.seq, ...during, afterDrop, later, answer]));
  await agentOnB.drop();
  await customerOnA.drop();
});
