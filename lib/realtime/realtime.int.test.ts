import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/db-url";
import { publish, realtimeReady, subscribe, type RealtimeEvent } from "./index";
import { createPgRealtime, type PgRealtime } from "./postgres";
import { recordNotifications } from "@/test/notifications";

const url = process.env.DATABASE_URL!;
const onPostgres = databaseProvider(url) === "postgresql";

async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("realtime, through the configured backend", () => {
  it("delivers an event to the subscribers of its topic only, until they unsubscribe", async () => {
    const one: RealtimeEvent[] = [];
    const other: RealtimeEvent[] = [];
    const stopOne = subscribe("ticket:101", (e) => one.push(e));
    const stopOther = subscribe("ticket:102", (e) => other.push(e));
    await realtimeReady();
    await publish("ticket:101", { type: "ticket.updated", ticketId: 101 });
    await until(() => one.length === 1);
    expect(one[0]).toEqual({ type: "ticket.updated", ticketId: 101 });
    stopOne();
    await publish("ticket:101", { type: "ticket.updated", ticketId: 101 });
    await publish("ticket:102", { type: "ticket.updated", ticketId: 102 });
    await until(() => other.length === 1);
    await sleep(200);
    expect(one).toHaveLength(1);
    stopOther();
  });

  it("a failing listener does not keep the event from the others", async () => {
    const got: RealtimeEvent[] = [];
    const stopBad = subscribe("queue", () => {
      throw new Error("listener bug");
    });
    const stopGood = subscribe("queue", (e) => got.push(e));
    await realtimeReady();
    await publish("queue", { type: "ticket.created", ticketId: 5 });
    await until(() => got.length === 1);
    stopBad();
    stopGood();
  });

  it("refuses content: events carry ids", async () => {
    await expect(publish("ticket:1", { type: "ticket.updated", body: "x".repeat(500) })).rejects.toThrow(/ids/);
  });
});

describe.skipIf(!onPostgres)("realtime across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  const instances: PgRealtime[] = [];
  const instance = () => {
    const r = createPgRealtime(url);
    instances.push(r);
    return r;
  };
  afterAll(async () => {
    await Promise.all(instances.map((r) => r.close()));
  });

  it("an event published by one instance reaches the subscribers of another", async () => {
    const a = instance();
    const b = instance();
    const onA: RealtimeEvent[] = [];
    const onB: RealtimeEvent[] = [];
    a.subscribe("settings", (e) => onA.push(e));
    b.subscribe("settings", (e) => onB.push(e));
    await Promise.all([a.ready(), b.ready()]);
    expect(a.listenerPid()).not.toBe(b.listenerPid());
    await a.publish("settings", { type: "settings.updated" });
    await until(() => onA.length === 1 && onB.length === 1);
    await b.publish("settings", { type: "settings.updated", n: 2 });
    await until(() => onA.length === 2);
    expect(onA[1]).toEqual({ type: "settings.updated", n: 2 });
  });

  it("events published together reach another instance in one NOTIFY, in order", async () => {
    const a = instance();
    const b = instance();
    const got: [string, RealtimeEvent][] = [];
    b.subscribe("chat:c9", (e) => got.push(["chat:c9", e]));
    b.subscribe("user:u9", (e) => got.push(["user:u9", e]));
    const notified = await recordNotifications(url, "c9");
    try {
      await b.ready();
      await a.publishAll([
        ["chat:c9", { type: "chat.message", conversationId: "c9", seq: 2 }],
        ["user:u9", { type: "chat.changed", conversationId: "c9" }],
      ]);
      await until(() => got.length === 2);
      expect(got).toEqual([
        ["chat:c9", { type: "chat.message", conversationId: "c9", seq: 2 }],
        ["user:u9", { type: "chat.changed", conversationId: "c9" }],
      ]);
      await sleep(100);
      expect(notified.payloads).toHaveLength(1);
    } finally {
      await notified.stop();
    }
  });

  it("after its listening connection is killed, an instance reconnects, says so, and receives again", async () => {
    const a = instance();
    const b = instance();
    const onA: RealtimeEvent[] = [];
    a.subscribe("ticket:7", (e) => onA.push(e));
    await Promise.all([a.ready(), b.ready()]);
    const killed = a.listenerPid();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query("select pg_terminate_backend($1) as ok", [killed]);
      expect(rows[0].ok).toBe(true);
    } finally {
      await admin.end();
    }
    await until(() => onA.some((e) => e.type === "realtime.reconnected"));
    expect(a.listenerPid()).not.toBe(killed);
    await b.publish("ticket:7", { type: "ticket.updated", ticketId: 7 });
    await until(() => onA.some((e) => e.type === "ticket.updated"));
  });
});
