import "server-only";
import { databaseProvider } from "@/lib/db-url";
import { env } from "@/lib/env";
import { schedules } from "./definitions";
import { createBoss, workAll } from "./boss";
import { enqueueJob } from "./index";
import { runDueLocalJobs } from "./local";
import { tickSchedules } from "./schedules";

export type JobRunner = { stop(): Promise<void> };

/**
 * Runs the registered jobs and schedules in this process until stop(): on SQLite by polling the
 * Job table, on PostgreSQL through pg-boss workers. Import the job modules first (registry.ts).
 */
export async function startJobRunner(options: { pollMs?: number } = {}): Promise<JobRunner> {
  const pollMs = options.pollMs ?? 1000;
  const onPostgres = databaseProvider(env.DATABASE_URL) === "postgresql";
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const boss = onPostgres ? createBoss() : null;
  if (boss) {
    await boss.start();
    await workAll(boss, Math.max(0.5, pollMs / 1000));
  }

  const enqueueScheduled = async (name: string) => {
    const schedule = schedules.get(name);
    // One waiting run at most: a slow run is not followed by a pile of them.
    if (schedule) await enqueueJob(schedule.job, {}, { singletonKey: `schedule:${name}` });
  };

  const tick = async () => {
    try {
      await tickSchedules(enqueueScheduled);
      if (!boss) while (!stopping && (await runDueLocalJobs(() => stopping)) > 0);
    } catch (error) {
      console.error("jobs: runner tick failed", error);
    }
  };

  const loop = () => {
    current = tick().finally(() => {
      if (!stopping) timer = setTimeout(loop, pollMs);
    });
  };
  loop();

  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current;
      await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
