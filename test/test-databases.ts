import { availableParallelism } from "node:os";
import path from "node:path";

// The throw-away databases of one test run, named after the run's process so that runs side by
// side do not share them. PostgreSQL is skipped only when TEST_POSTGRES_URL is an empty string.
const run = process.env.PORTICO_TEST_RUN ?? String(process.pid);
process.env.PORTICO_TEST_RUN = run;

export const SQLITE_TEST_URL = `file:${path.join(".test-data", `vitest-${run}.db`)}`;

const postgresBase = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_vitest";
export const POSTGRES_TEST_URL = postgresBase ? `${postgresBase}_${run}` : "";

/** The database of the files that change shared state (vitest.config.ts), beside `url`. */
export function sharedStateDatabase(url: string) {
  return url.startsWith("file:") ? url.replace(/\.db$/, "-shared.db") : `${url}_shared`;
}

/**
 * Test files run this many at a time: Vitest's default (one fewer than the cores) ran them one at a
 * time on a 2-core machine, where the other core then mostly waited.
 */
export const TEST_WORKERS = Math.max(2, availableParallelism() - 1);

/**
 * The SQLite file of one worker (VITEST_POOL_ID, 1 to TEST_WORKERS): a copy of the migrated test
 * database each, since two processes writing one SQLite file fail with "database is locked" where
 * a write transaction meets another's (PostgreSQL's files share one database).
 */
export function workerDatabase(url: string, poolId: string | number) {
  return url.replace(/\.db$/, `-w${poolId}.db`);
}
