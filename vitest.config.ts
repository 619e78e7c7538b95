import path from "node:path";
import { defineConfig } from "vitest/config";
import { POSTGRES_TEST_URL, SQLITE_TEST_URL } from "./test/test-databases";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
    },
  },
};

// Unit tests and integration tests on SQLite; the integration tests (*.int.test.ts) again on
// PostgreSQL, unless TEST_POSTGRES_URL is set to an empty string.
const postgres = POSTGRES_TEST_URL
  ? [
      {
        ...shared,
        test: {
          name: "postgresql",
          include: ["lib/**/*.int.test.ts"],
          env: { DATABASE_URL: POSTGRES_TEST_URL, NODE_ENV: "test" as const },
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 20_000,
        },
      },
    ]
  : [];
if (!POSTGRES_TEST_URL) console.warn("TEST_POSTGRES_URL is empty: the PostgreSQL integration tests are skipped.");

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
          env: { DATABASE_URL: SQLITE_TEST_URL, NODE_ENV: "test" as const },
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 20_000,
        },
      },
      ...postgres,
    ],
  },
});
