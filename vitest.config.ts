import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { POSTGRES_TEST_URL, SQLITE_TEST_URL, TEST_WORKERS, sharedStateDatabase } from "./test/test-databases";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
    },
  },
};

// The files that change state every file shares: the portal's one settings row (module switches,
// branding, time zone), and the sign-in throttle's counters (a table on PostgreSQL, which they
// reset). They get a database of their own and run one at a time, so no other file sees a module
// switched off halfway through its test or its counters reset, and none of them sees another's change.
const SHARED_STATE_TESTS = [
  "lib/assets/service.int.test.ts",
  "lib/assets/switches.int.test.ts",
  "lib/settings/service.int.test.ts",
  "lib/time-zones/service.int.test.ts",
  "lib/tickets/notify.int.test.ts",
  "lib/portal/modules.int.test.ts",
  "lib/portal/home.int.test.ts",
  "lib/auth/throttle.int.test.ts",
  "lib/auth/password-reset.int.test.ts",
  "lib/auth/initialize-password.int.test.ts",
  "lib/auth/password-change.int.test.ts",
];

/** A project on `url`, and one for the files that change shared state, on a database of their own beside it. */
function projects(name: string, include: string[], url: string) {
  const common = { globalSetup: ["test/global-setup.ts"], testTimeout: 20_000 };
  // On SQLite each worker has its own copy of the database (made by test/global-setup.ts, taken by test/worker-database.ts).
  const sqlite = url.startsWith("file:");
  return [
    {
      ...shared,
      test: {
        ...common,
        ...(sqlite ? { setupFiles: ["test/worker-database.ts"] } : {}),
        name,
        include,
        exclude: [...configDefaults.exclude, ...SHARED_STATE_TESTS],
        env: { DATABASE_URL: url, NODE_ENV: "test" as const, ...(sqlite ? { PORTICO_DATABASE_PER_WORKER: "1" } : {}) },
      },
    },
    {
      ...shared,
      // One fork for all of them, one file after another (a project's own fileParallelism does not limit the shared pool).
      test: { ...common, name: `${name}-shared-state`, include: SHARED_STATE_TESTS, poolOptions: { forks: { singleFork: true } }, env: { DATABASE_URL: sharedStateDatabase(url), NODE_ENV: "test" as const } },
    },
  ];
}

// Unit tests and integration tests on SQLite; the integration tests (*.int.test.ts) again on
// PostgreSQL, unless TEST_POSTGRES_URL is set to an empty string.
if (!POSTGRES_TEST_URL) console.warn("TEST_POSTGRES_URL is empty: the PostgreSQL integration tests are skipped.");

export default defineConfig({
  test: {
    maxWorkers: TEST_WORKERS,
    projects: [
      ...projects("sqlite", ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"], SQLITE_TEST_URL),
      ...(POSTGRES_TEST_URL ? projects("postgresql", ["lib/**/*.int.test.ts"], POSTGRES_TEST_URL) : []),
    ],
  },
});
