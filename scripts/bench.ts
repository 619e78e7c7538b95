// `npm run bench`: two measurements, each printed as ratios taken within one run.
//   1. queries (scripts/bench-queries.ts): how the ticket reads scale with the size of the table.
//   2. load (scripts/bench-load.ts): the production build under 50 concurrent users, every read
//      route against a reference page, on SQLite and PostgreSQL; first-load JS per route.
// `npm run bench -- --queries` or `-- --load` runs one; the load run's flags are in its file.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const only = args.includes("--queries") ? "queries" : args.includes("--load") ? "load" : null;
const parts = only ? [only] : ["queries", "load"];
for (const part of parts) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/bench-${part}.ts`, ...args], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
