import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob, defineSchedule, enqueueJob, enqueueJobs } from "./index";
import { startJobRunner, type JobRunner } from "./runner";

// The real runner of the database under test (the Job table on SQLite, pg-boss on PostgreSQL),
// two of them at once as two instances would be.

const runs: Record<string, { at: number; payload: unknown }[]> = {};
const record = (name: string, payload: unknown) => (runs[name] ??= []).push({ at: Date.now(), payload });
const runsOf = (name: string) => runs[name] ?? [];

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const greet = defineJob({
  name: "test.greet",
  payload: z.object({ who: z.string(), tag: z.string() }),
  run: async (payload) => {
    record(`greet:${payload.tag}`, payload);
  },
});

const flaky = defineJob({
  name: "test.always-fails",
  payload: z.object({ n: z.number() }),
  retry: { limit: 2, backoffSeconds: 1 },
  run: async (payload) => {
    record("fails", payload);
    throw new Error(`boom ${payload.n}`);
  },
});

const tick = defineJob({
  name: "test.scheduled",
  payload: z.object({}),
  run: async () => {
    record("scheduled", null);
  },
});

let runners: JobRunner[] = [];
beforeAll(async () => {
  runners = [await startJobRunner({ pollMs: 200 }), await startJobRunner({ pollMs: 200 })];
}, 30_000);
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
}, 30_000);

describe("jobs", () => {
  it("runs an enqueued job once with its payload", async () => {
    await enqueueJob(greet, { who: "Ana", tag: "once" });
    await until(() => runsOf("greet:once").length === 1);
    await sleep(1000);
    expect(runsOf("greet:once")).toHaveLength(1);
    expect(runsOf("greet:once")[0].payload).toEqual({ who: "Ana", tag: "once" });
  });

  it("refuses a payload its schema rejects, at enqueue", async () => {
    await expect(enqueueJob(greet, { who: 3 } as never)).rejects.toThrow();
  });

  it("retries with exponential backoff, then records the failure for admins", async () => {
    await enqueueJob(flaky, { n: 7 });
    const failure = () => db.jobFailure.findFirst({ where: { name: "test.always-fails" } });
    await until(async () => (await failure()) !== null, 25_000);
    const attempts = runsOf("fails").map((r) => r.at);
    expect(attempts).toHaveLength(3);
    // 1 s, then 2 s (pg-boss adds up to as much again as jitter); a little slack for the clock.
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(900);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(1900);
    expect(attempts[2] - attempts[1]).toBeGreaterThan(attempts[1] - attempts[0]);
    const row = await failure();
    expect(row).toMatchObject({ attempts: 3, retriedAt: null });
    expect(row?.error).toContain("boom 7");
    expect(JSON.parse(row!.payload)).toEqual({ n: 7 });
    await sleep(1500);
    expect(runsOf("fails")).toHaveLength(3);
  }, 40_000);

  it("keeps one waiting job per singletonKey; another key is another job", async () => {
    const runAt = new Date(Date.now() + 1500);
    await enqueueJob(greet, { who: "first", tag: "single" }, { runAt, singletonKey: "k1" });
    await enqueueJob(greet, { who: "second", tag: "single" }, { runAt, singletonKey: "k1" });
    await enqueueJob(greet, { who: "third", tag: "single" }, { runAt, singletonKey: "k2" });
    await until(() => runsOf("greet:single").length >= 2);
    await sleep(1500);
    expect(runsOf("greet:single").map((r) => (r.payload as { who: string }).who).sort()).toEqual(["first", "third"]);
  });

  it("does not run a job before its runAt", async () => {
    const runAt = new Date(Date.now() + 2500);
    await enqueueJob(greet, { who: "later", tag: "delayed" }, { runAt });
    await sleep(1200);
    expect(runsOf("greet:delayed")).toHaveLength(0);
    await until(() => runsOf("greet:delayed").length === 1);
    expect(runsOf("greet:delayed")[0].at).toBeGreaterThanOrEqual(runAt.getTime());
  });

  it("queues many jobs in one call", async () => {
    await enqueueJobs(greet, [1, 2, 3].map((i) => ({ who: `bulk ${i}`, tag: "bulk" })));
    await until(() => runsOf("greet:bulk").length === 3);
  });

  it("takes a backlog in batches, each job once, instead of one job per poll", async () => {
    const payloads = Array.from({ length: 45 }, (_, i) => ({ who: `backlog ${i}`, tag: "backlog" }));
    await enqueueJobs(greet, payloads);
    await until(() => runsOf("greet:backlog").length >= 45);
    await sleep(500);
    expect(runsOf("greet:backlog").map((r) => (r.payload as { who: string }).who).sort()).toEqual(payloads.map((p) => p.who).sort());
    if (process.env.DATABASE_URL?.startsWith("postgres")) {
      // pg-boss stamps started_on once per fetch: one job a fetch (two a second) would give 45.
      const [{ fetches }] = await db.$queryRawUnsafe<{ fetches: number }[]>(
        "select count(distinct started_on)::int as fetches from pgboss.job where name = 'test.greet' and data->>'tag' = 'backlog'",
      );
      expect(fetches).toBeLessThanOrEqual(6);
    }
  });

  it("runs a recurring schedule once per interval with two runners", async () => {
    defineSchedule({ name: "test.hourly", everySeconds: 3600, job: tick });
    await until(() => runsOf("scheduled").length === 1);
    await sleep(2000);
    expect(runsOf("scheduled")).toHaveLength(1);
    const schedule = await db.jobSchedule.findUnique({ where: { name: "test.hourly" } });
    expect(schedule!.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });
});
