import "server-only";
import { databaseProvider } from "@/lib/db-url";
import { env } from "@/lib/env";
import type { JobDefinition } from "./definitions";
import { enqueueBoss, enqueueManyBoss } from "./boss";
import { enqueueLocal, enqueueManyLocal } from "./local";

// Background jobs: a named job with a zod-checked payload, run at least once, retried with
// exponential backoff, recorded for admins (/admin/jobs) when it fails its last attempt. SQLite:
// the built-in runner on the Job table; PostgreSQL: pg-boss on the same database. Every module
// that defines jobs is imported from lib/jobs/registry.ts; the runner starts in instrumentation.ts.

export { defineJob, defineSchedule, type JobDefinition } from "./definitions";

const onPostgres = databaseProvider(env.DATABASE_URL) === "postgresql";

/**
 * Queues a run of `job`. `runAt` delays it; with `singletonKey`, while a job of this name and key
 * is waiting, a second enqueue is a no-op. The payload is checked now, so a bad one throws here.
 */
export async function enqueueJob<P>(job: JobDefinition<P>, payload: P, options: { runAt?: Date; singletonKey?: string } = {}): Promise<void> {
  const checked = job.payload.parse(payload);
  if (onPostgres) await enqueueBoss(job, checked, options);
  else await enqueueLocal(job, checked, options);
}

/** Queues many runs of `job` at once (one insert), e.g. the emails of a bulk change. */
export async function enqueueJobs<P>(job: JobDefinition<P>, payloads: P[]): Promise<void> {
  const checked = payloads.map((p) => job.payload.parse(p));
  if (onPostgres) await enqueueManyBoss(job, checked);
  else await enqueueManyLocal(job, checked);
}
