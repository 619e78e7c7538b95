import "server-only";
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { jobs, type JobDefinition } from "./definitions";
import { recordFailure } from "./failures";

// On PostgreSQL the jobs live in pg-boss (schema "pgboss" of the same database): several
// instances fetch with SKIP LOCKED, so a job runs on one of them; retries, backoff and run-at are
// pg-boss's own. Every queue uses the "short" policy, whose unique index allows one waiting job
// per (queue, singletonKey): a job enqueued without a key gets a random one, so only keyed
// enqueues are deduplicated.

export function createBoss(): PgBoss {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    max: 4,
    application_name: "portico-jobs",
    // Portico's recurring schedules use the JobSchedule table (every N seconds, not cron).
    schedule: false,
  });
  boss.on("error", (error) => console.error("jobs: pg-boss", error));
  return boss;
}

const shared = globalThis as unknown as { portico_boss?: Promise<PgBoss>; portico_boss_queues?: Set<string> };
const queues = (shared.portico_boss_queues ??= new Set());
const creating = new Map<string, Promise<void>>();

/** The process's pg-boss client for enqueueing (the runner has its own, with workers). */
export function senderBoss(): Promise<PgBoss> {
  shared.portico_boss ??= createBoss()
    .start()
    .catch((error: unknown) => {
      shared.portico_boss = undefined;
      throw error;
    });
  return shared.portico_boss;
}

export async function ensureQueue(boss: PgBoss, name: string) {
  if (queues.has(name)) return;
  // One creation at a time in this process: concurrent first enqueues share it.
  let pending = creating.get(name);
  if (!pending) {
    pending = createQueue(boss, name).finally(() => creating.delete(name));
    creating.set(name, pending);
  }
  await pending;
  queues.add(name);
}

// Two processes creating the same queue at once (instances starting together) can meet a
// deadlock or a duplicate in pg-boss's own tables; the queue then exists, or the next try makes it.
async function createQueue(boss: PgBoss, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name, { name, policy: "short" });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== "40P01" && code !== "23505")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

function sendOptions(job: JobDefinition<unknown>, options: { runAt?: Date; singletonKey?: string }): PgBoss.SendOptions {
  return {
    singletonKey: options.singletonKey ?? `~${randomUUID()}`,
    startAfter: options.runAt,
    retryLimit: job.retry.limit,
    retryDelay: job.retry.backoffSeconds,
    retryBackoff: true,
  };
}

export async function enqueueBoss<P>(job: JobDefinition<P>, payload: P, options: { runAt?: Date; singletonKey?: string }) {
  const boss = await senderBoss();
  await ensureQueue(boss, job.name);
  // null when a job with this singletonKey is already waiting: the contract's no-op.
  await boss.send(job.name, payload as object, sendOptions(job as JobDefinition<unknown>, options));
}

export async function enqueueManyBoss<P>(job: JobDefinition<P>, payloads: P[]) {
  if (payloads.length === 0) return;
  const boss = await senderBoss();
  await ensureQueue(boss, job.name);
  const { retryLimit, retryDelay, retryBackoff } = sendOptions(job as JobDefinition<unknown>, {});
  await boss.insert(
    payloads.map((payload) => ({ name: job.name, data: payload as object, singletonKey: `~${randomUUID()}`, retryLimit, retryDelay, retryBackoff })),
  );
}

/** How many waiting jobs of one queue a worker takes per fetch. */
export const FETCH_BATCH = 20;

/**
 * Starts a worker per registered job on `boss`; a job's last failure is recorded for admins.
 *
 * pg-boss's worker waits out its polling interval (at least 0.5 s) after every fetch, so taking one
 * job a fetch drains a backlog at two jobs a second: a thousand queued emails would take eight
 * minutes. Each fetch takes up to FETCH_BATCH jobs and runs them one after another (the email
 * provider limits requests per second); each failure is failed on its own, so it is retried alone,
 * and pg-boss completes the rest (its completion only touches jobs still active).
 */
export async function workAll(boss: PgBoss, pollingIntervalSeconds: number) {
  for (const definition of jobs.values()) {
    await ensureQueueOn(boss, definition.name);
    await boss.work<unknown>(definition.name, { batchSize: FETCH_BATCH, includeMetadata: true, pollingIntervalSeconds }, async (batch) => {
      for (const job of batch) {
        try {
          await definition.run(definition.payload.parse(job.data));
        } catch (error) {
          if (job.retryCount >= job.retryLimit) {
            await recordFailure({ name: definition.name, payload: job.data, error, attempts: job.retryCount + 1 });
          }
          await boss.fail(definition.name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    });
  }
}

// The runner's own client: createQueue is idempotent, so it does not rely on the sender's cache.
async function ensureQueueOn(boss: PgBoss, name: string) {
  await createQueue(boss, name);
}

/** Stops this process's enqueueing client, if it was started (scripts end with it). */
export async function stopSenderBoss() {
  const boss = shared.portico_boss;
  shared.portico_boss = undefined;
  queues.clear();
  if (boss) await (await boss.catch(() => null))?.stop({ graceful: false, wait: true });
}
