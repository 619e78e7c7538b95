import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { POSTGRES_TEST_URL, SQLITE_TEST_URL, settingsDatabase } from "./test/test-databases";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
    },
  },
};

// The files that change the portal's one settings row (module switches, branding, time zone):
// they get a database of their own and run one at a time, so no other file sees a module
// switched off halfway through its test, and none of them sees another's change.
const SETTINGS_TESTS = [
  "lib/assets/service.int.test.ts",
  "lib/assets/switches.int.test.ts",
  "lib/settings/service.int.test.ts",
  "lib/time-zones/service.int.test.ts",
  "lib/tickets/notify.int.test.ts",
  "lib/portal/modules.int.test.ts",
  "lib/portal/home.int.test.ts",
];

/** A project on `url`, and one for the settings files on a database of their own beside it. */
function projects(name: string, include: string[], url: string) {
  const common = { globalSetup: ["test/global-setup.ts"], testTimeout: 20_000 };
  return [
    { ...shared, test: { ...common, name, include, exclude: [...configDefaults.exclude, ...SETTINGS_TESTS], env: { DATABASE_URL: url, NODE_ENV: "test" as const } } },
    {
      ...shared,
      test: { ...common, name: `${name}-settings`, include: SETTINGS_TESTS, fileParallelism: false, env: { DATABASE_URL: settingsDatabase(url), NODE_ENV: "test" as const } },
    },
  ];
}

// Unit tests and integration tests on SQLite; the integration tests (*.int.test.ts) again on
// PostgreSQL, unless TEST_POSTGRES_URL is set to an empty string.
if (!POSTGRES_TEST_URL) console.warn("TEST_POSTGRES_URL is empty: the PostgreSQL integration tests are skipped.");

export default defineConfig({
  test: {
    projects: [
      ...projects("sqlite", ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"], SQLITE_TEST_URL),
      ...(POSTGRES_TEST_URL ? projects("postgresql", ["lib/**/*.int.test.ts"], POSTGRES_TEST_URL) : []),
    ],
  },
});
