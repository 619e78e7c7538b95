// `npm test`: unit and integration tests (Vitest, on SQLite and PostgreSQL) while the production
// build is made, then the browser tests (Playwright, Chromium) against that build (its server on
// PostgreSQL in CI, on SQLite otherwise). Ends with one summary line: "tests: N passed, N failed".
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";

mkdirSync(".test-data", { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let lastTwoInstancesLine = "";

function run(label, command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...env, ...extraEnv } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => {
      // The result line ("N passed, N failed", or "skipped"), not the first line it prints (its addresses).
      lastTwoInstancesLine = output.match(/^two-instances: (?:\d+ passed, \d+ failed|skipped).*$/m)?.[0] ?? lastTwoInstancesLine;
      console.log(`\n===== ${label} (exit ${code}, ${Math.round((Date.now() - started) / 1000)} s) =====\n${output}`);
      resolve(code ?? 1);
    });
  });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const skipBuild = process.argv.includes("--no-build");
const [unitCode, buildCode] = await Promise.all([
  run("Vitest: unit and integration tests", "node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", "--outputFile=.test-data/vitest.json"]),
  skipBuild ? Promise.resolve(0) : run("next build", "node_modules/.bin/next", ["build"]),
]);

let e2eCode = 1;
let twoInstancesCode = 1;
let twoInstances = "";
if (buildCode === 0) {
  // Two production instances on one PostgreSQL database (sessions, throttling, schedules, events).
  twoInstancesCode = await run("Two instances on one PostgreSQL database", process.execPath, ["scripts/two-instances.mjs"]);
  twoInstances = lastTwoInstancesLine;
  // In CI the browser tests' server runs on PostgreSQL (the fixtures' writes then meet no SQLite
  // write lock held by the server); locally on a SQLite file unless E2E_DATABASE says otherwise.
  e2eCode = await run("Playwright: browser tests", "node_modules/.bin/playwright", ["test"], {
    NODE_OPTIONS: "--conditions=react-server",
    PLAYWRIGHT_JSON: ".test-data/playwright.json",
    E2E_DATABASE: process.env.E2E_DATABASE ?? (process.env.CI && process.env.TEST_POSTGRES_URL !== "" ? "postgresql" : "sqlite"),
  });
} else {
  console.log("The build failed; the browser tests were not run.");
}

const vitest = readJson(".test-data/vitest.json");
const playwright = readJson(".test-data/playwright.json");
const [, twoPassed = "0", twoFailed = "0"] = twoInstances.match(/(\d+) passed, (\d+) failed/) ?? [];
const twoSkipped = /skipped/.test(twoInstances);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0) + Number(twoPassed);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + Number(twoFailed);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const ok = unitCode === 0 && buildCode === 0 && e2eCode === 0 && (twoInstancesCode === 0 || twoSkipped);
// Anything that failed without counting as a failed test (a crash, a failed build) counts as one.
const uncounted = ok || failed > 0 ? 0 : 1;
console.log(`\nVitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed; ${twoInstances || "two-instances: not run"}; Playwright: ${playwright?.stats?.expected ?? 0} passed, ${playwright?.stats?.unexpected ?? 0} failed, ${playwright?.stats?.flaky ?? 0} flaky`);
console.log(`tests: ${passed} passed, ${failed + uncounted} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
