import { workerDatabase } from "./test-databases";

// Set up before each test file of a SQLite project whose files run side by side: the file uses
// its worker's own copy of the database (test/global-setup.ts made one per worker).
if (process.env.PORTICO_DATABASE_PER_WORKER) {
  const { DATABASE_URL: url, VITEST_POOL_ID: poolId } = process.env;
  if (!url || !poolId) throw new Error("test/worker-database.ts: DATABASE_URL and VITEST_POOL_ID must be set");
  process.env.DATABASE_URL = workerDatabase(url, poolId);
}
