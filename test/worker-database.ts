import { workerDatabase } from "./test-databases";

// Set up before each test file of a SQLite project whose files run side by side: the file uses
// its worker's own copy of the database (test/global-setup.ts made one per worker).
if (process.env.PORTICO_DATABASE_PER_WORKER && process.env.DATABASE_URL?.startsWith("file:")) {
  const poolId = process.env.VITEST_POOL_ID;
  if (!poolId) throw new Error("test/worker-database.ts: VITEST_POOL_ID is not set");
  process.env.DATABASE_URL = workerDatabase(process.env.DATABASE_URL, poolId);
}
