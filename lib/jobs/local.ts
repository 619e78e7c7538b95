import "server-only";
import { db } from "@/lib/db";
import { backoffMs, jobs, type JobDefinition } from "./definitions";
import { describeError, recordFailure } from "./failures";

// The built-in runner: jobs in the Job table, run by the server process itself (SQLite, one
// instance). Each job is claimed with a conditional update first, so a second process on the
// same file (the CLI) never runs it twice.

// A claimed job that has not finished by then (the process died) is tried again.
const LOCK_MS = 10 * 60_000;
const BATCH = 20;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function enqueueLocal<P>(job: JobDefinition<P>, payload: P, options: { runAt?: Date; singletonKey?: string }) {
  try {
    await db.job.create({
      data: {
        name: job.name,
        payload: JSON.stringify(payload),
        runAt: options.runAt ?? new Date(),
        retryLimit: job.retry.limit,
        backoffSeconds: job.retry.backoffSeconds,
        pendingKey: options.singletonKey ?? null,
      },
      select: { id: true },
    });
  } catch (error) {
    // The same name and key is already waiting: the contract makes the second enqueue a no-op.
    if (options.singletonKey && isUniqueViolation(error)) return;
    throw error;
  }
}

export async function enqueueManyLocal<P>(job: JobDefinition<P>, payloads: P[]) {
  if (payloads.length === 0) return;
  const runAt = new Date();
  await db.job.createMany({
    data: payloads.map((payload) => ({
      name: job.name,
      payload: JSON.stringify(payload),
      runAt,
      retryLimit: job.retry.limit,
      backoffSeconds: job.retry.backoffSeconds,
    })),
  });
}

const available = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

/** Runs the jobs that are due, one after the other, yielding to the server between them. */
export async function runDueLocalJobs(isStopping: () => boolean = () => false): Promise<number> {
  const now = new Date();
  const due = await db.job.findMany({
    where: { runAt: { lte: now }, ...available(now) },
    orderBy: { runAt: "asc" },
    take: BATCH,
    select: { id: true, name: true, payload: true, attempts: true, retryLimit: true, backoffSeconds: true },
  });
  let ran = 0;
  for (const job of due) {
    if (isStopping()) break;
    const { count } = await db.job.updateMany({
      where: { id: job.id, attempts: job.attempts, ...available(new Date()) },
      data: { attempts: job.attempts + 1, lockedUntil: new Date(Date.now() + LOCK_MS), pendingKey: null },
    });
    if (count !== 1) continue;
    ran += 1;
    await runClaimed({ ...job, attempts: job.attempts + 1 });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ran;
}

async function runClaimed(job: { id: string; name: string; payload: string; attempts: number; retryLimit: number; backoffSeconds: number }) {
  const payload: unknown = JSON.parse(job.payload);
  try {
    const definition = jobs.get(job.name);
    if (!definition) throw new Error(`no job named "${job.name}" is registered (lib/jobs/registry.ts)`);
    await definition.run(definition.payload.parse(payload));
    await db.job.delete({ where: { id: job.id } });
  } catch (error) {
    if (job.attempts > job.retryLimit) {
      await recordFailure({ name: job.name, payload, error, attempts: job.attempts });
      await db.job.delete({ where: { id: job.id } });
      return;
    }
    const wait = backoffMs(job.backoffSeconds, job.attempts);
    await db.job.update({
      where: { id: job.id },
      data: { runAt: new Date(Date.now() + wait), lockedUntil: null, lastError: describeError(error) },
    });
  }
}
