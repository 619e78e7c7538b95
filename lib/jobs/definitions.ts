import type { z } from "zod";

export type RetryPolicy = { limit: number; backoffSeconds: number };

export type JobDefinition<P> = {
  name: string;
  payload: z.ZodType<P>;
  run: (payload: P) => Promise<void>;
  retry: RetryPolicy;
};

export type ScheduleDefinition = { name: string; everySeconds: number; job: JobDefinition<Record<string, never>> };

/** Three more tries after the first, 30 s, 60 s and 120 s later (pg-boss adds jitter). */
export const DEFAULT_RETRY: RetryPolicy = { limit: 3, backoffSeconds: 30 };

// On globalThis: Next bundles instrumentation.ts (which starts the runner) apart from the routes,
// and each bundle evaluates its own copy of this module.
const registry = globalThis as unknown as {
  portico_jobs?: Map<string, JobDefinition<unknown>>;
  portico_schedules?: Map<string, ScheduleDefinition>;
};
export const jobs = (registry.portico_jobs ??= new Map());
export const schedules = (registry.portico_schedules ??= new Map());

const NAME = /^[a-z0-9][a-z0-9.-]*$/;

export function defineJob<S extends z.ZodType>(def: {
  name: string;
  payload: S;
  run: (payload: z.infer<S>) => Promise<void>;
  retry?: RetryPolicy;
}): JobDefinition<z.infer<S>> {
  if (!NAME.test(def.name)) throw new Error(`job name "${def.name}": lower-case letters, digits, dots and dashes`);
  const job: JobDefinition<z.infer<S>> = { name: def.name, payload: def.payload as unknown as z.ZodType<z.infer<S>>, run: def.run, retry: def.retry ?? DEFAULT_RETRY };
  jobs.set(def.name, job as JobDefinition<unknown>);
  return job;
}

export function defineSchedule(def: ScheduleDefinition): void {
  if (!(def.everySeconds >= 1)) throw new Error(`schedule "${def.name}": everySeconds must be at least 1`);
  schedules.set(def.name, def);
}

/** The wait before retry number `retry` (1, 2, …): base, 2×base, 4×base … */
export function backoffMs(backoffSeconds: number, retry: number): number {
  return backoffSeconds * 1000 * 2 ** Math.max(0, retry - 1);
}
