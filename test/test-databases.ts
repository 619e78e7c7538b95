import path from "node:path";

// The throw-away databases the integration tests use. PostgreSQL is skipped only when
// TEST_POSTGRES_URL is set to an empty string.
export const SQLITE_TEST_URL = `file:${path.join(".test-data", "vitest.db")}`;
export const POSTGRES_TEST_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_vitest";
